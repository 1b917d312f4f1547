-module(bits_construct).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

pack(L) -> << <<V:W>> || {V, W} <- L >>.

unpack(_, []) -> [];
unpack(Bin, [W | Ws]) -> <<V:W, R/bits>> = Bin, [V | unpack(R, Ws)].

start() ->
    Spec = [{1, 1}, {5, 3}, {0, 2}, {200, 9}, {3, 2}, {12345, 17}, {1, 7}, {0, 1}, {16#FFFFFFFF, 33}],
    P = pack(?I(Spec)),
    [
     P, bit_size(P),
     unpack(P, [W || {_, W} <- Spec]),
     [<<?I(16#5A):N>> || N <- seq(1, 12)],
     [<<?I(-3):N/signed>> || N <- seq(2, 10)],
     [<<?I(16#A5):N/little>> || N <- seq(1, 12)],
     [<<?I(16#ABCD):N/little>> || N <- seq(9, 17)],
     [begin <<X:N/little>> = <<?I(16#ABCD):N/little>>, X end || N <- seq(9, 17)],
     [begin <<X:N/little-signed>> = <<?I(-1000):N/little>>, X end || N <- seq(11, 17)],
     << <<1:1>> || _ <- seq(1, 13) >>,
     <<(<<1:1>>)/bits, (<<0:1>>)/bits, (<<1:1>>)/bits>>,
     <<?I(<<5:3>>):2/bits, ?I(<<5:3>>):1/bits>>,
     <<?I(<<1, 2, 3>>):17/bits>>,
     list_to_bitstring(?I([<<1:1>>, 255, [<<3:2>>, <<>>], <<7:3>>])),
     bitstring_to_list(?I(<<1:1, 255, 3:2, 7:3>>)),
     [bit_size(list_to_bitstring([<<0:N>> || N <- seq(1, K)])) || K <- seq(1, 8)]
    ].
