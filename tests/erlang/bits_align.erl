-module(bits_align).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

%% for every offset 0..7, embed various things then extract them
roundtrip(Off) ->
    Pad = Off,
    B = <<0:Pad, 16#DEADBEEF:32, "bin", 3.5:64/float, 16#20AC/utf8, -5:12/signed, 1:1, 16#ABCDEF:24/little, 7:3>>,
    <<0:Pad, A:32, S:3/binary, F:64/float, U/utf8, N:12/signed, One:1, L:24/little, Last:3>> = B,
    {bit_size(B), A, S, F, U, N, One, L, Last}.

%% extract a byte-sized binary at an unaligned offset
unaligned_bin(Off) ->
    Src = ?I(<<16#FF, 16#00, 16#AA, 16#55, 16#12, 16#34>>),
    <<_:Off, Sub:4/binary, Rest/bits>> = Src,
    {Sub, Rest, bit_size(Rest), Sub =:= binary:copy(Sub)}.

shift_left(Bin, N) ->
    <<_:N, Rest/bits>> = Bin,
    <<Rest/bits, 0:N>>.

start() ->
    [
     [roundtrip(O) || O <- seq(0, 7)],
     [unaligned_bin(O) || O <- seq(0, 8)],
     [shift_left(?I(<<16#81, 16#42>>), N) || N <- seq(0, 9)],
     [<<?I(1):O, ?I(16#FF):8>> || O <- seq(1, 7)],
     [<<?I(<<"ab">>)/binary, ?I(1):O>> || O <- seq(1, 7)],
     [<<?I(1):O, ?I(<<"ab">>)/binary, ?I(0):(8 - O)>> || O <- seq(1, 7)],
     [byte_size(<<0:O>>) || O <- seq(0, 17)],
     [bit_size(<<0:O>>) || O <- seq(0, 17)],
     [is_binary(<<0:O>>) || O <- seq(0, 17)],
     [begin <<X:O/bits, _/bits>> = ?I(<<16#F0F0:16>>), X end || O <- seq(0, 16)],
     [begin <<_:O, X:8, _/bits>> = ?I(<<16#0123456789:40>>), X end || O <- seq(0, 32)]
    ].
