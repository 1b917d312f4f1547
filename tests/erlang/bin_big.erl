-module(bin_big).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

dup(B, 0) -> B;
dup(B, N) -> dup(<<B/binary, B/binary>>, N - 1).

sum(<<>>, S) -> S;
sum(<<X:32, R/binary>>, S) -> sum(R, S + X);
sum(<<X, R/binary>>, S) -> sum(R, S + X).

count(<<>>, _, N) -> N;
count(<<C, R/binary>>, C, N) -> count(R, C, N + 1);
count(<<_, R/binary>>, C, N) -> count(R, C, N).

start() ->
    B65 = list_to_binary(seq(1, ?I(65))),
    B200 = list_to_binary([X band 255 || X <- seq(1, ?I(200))]),
    Mb = dup(?I(<<"0123456789abcdef">>), 16),  %% 1 MiB
    Mb2 = <<Mb/binary, "tail">>,
    Sub = binary:part(Mb, 500000, 100),
    [
     B65, byte_size(B65), B200,
     byte_size(Mb), bit_size(Mb), byte_size(Mb2),
     binary:part(Mb2, byte_size(Mb2), -6),
     Sub, byte_size(Sub),
     binary:at(Mb, 1048575), binary:first(Mb), binary:last(Mb),
     sum(Mb, 0),
     count(Mb, $a, 0),
     Mb =:= dup(?I(<<"0123456789abcdef">>), 16),
     Mb < Mb2, Mb2 > Mb,
     split_binary(B65, 64),
     begin {L, R} = split_binary(Mb, 524288), {byte_size(L), byte_size(R), L =:= R} end,
     byte_size(binary:copy(?I(<<"xy">>), 600000)),
     binary:part(binary:copy(?I(<<"xyz">>), 400000), 1199990, 10),
     length(binary_to_list(Mb)),
     byte_size(list_to_binary([Mb, Mb])),
     byte_size(iolist_to_binary([B65, [Mb, B200], Sub])),
     begin <<_:1000000/binary, Peek:10/binary, _/binary>> = Mb, Peek end,
     byte_size(term_to_binary(Mb)) > 1048576,
     binary_to_term(term_to_binary(B200)) =:= B200,
     length(binary:matches(Mb, <<"f0">>)),
     binary:match(Mb2, <<"tail">>)
    ].
