-module(bin_sub).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

%% sub-binaries share data; verify values and independence
start() ->
    Big = list_to_binary([X band 255 || X <- seq(0, ?I(999))]),
    <<_:100/binary, Mid:50/binary, _/binary>> = Big,
    <<_:3, Odd:40/bits, _/bits>> = Big,
    Parts = [binary:part(Big, N * 100, 100) || N <- seq(0, 9)],
    Re = list_to_binary(Parts),
    Copy = binary:copy(Mid),
    Mod = <<Mid/binary, "appended">>,
    {H, T} = split_binary(Big, 500),
    [
     Mid, byte_size(Mid), Odd, bit_size(Odd),
     Re =:= Big, Copy =:= Mid, byte_size(Mod),
     binary:part(Mod, 50, 8), Mid =:= binary:part(Big, 100, 50),
     byte_size(H), byte_size(T), binary:first(T), binary:last(H),
     <<H/binary, T/binary>> =:= Big,
     [binary:at(P, 0) || P <- Parts],
     erlang:binary_part(Big, {999, 1}),
     sub_of_sub(Big),
     [byte_size(S) || S <- binary:split(Big, <<10, 11>>, [global])],
     binary:match(Mid, <<110, 111>>),
     begin <<X:8/binary, _/binary>> = Mid, <<_:4/binary, Y:2/binary, _/binary>> = X, Y end
    ].

sub_of_sub(B) ->
    S1 = binary:part(B, 10, 500),
    S2 = binary:part(S1, 10, 100),
    <<_:10/binary, S3:5/binary, _/binary>> = S2,
    {S3, binary:part(B, 30, 5) =:= S3}.
