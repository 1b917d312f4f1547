-module(bits_compr).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

popcount(B) -> length([1 || <<1:1>> <= B]).

%% bit reversal of each byte via bitstring comprehension
revbyte(<<A:1, B:1, C:1, D:1, E:1, F:1, G:1, H:1>>) -> <<H:1, G:1, F:1, E:1, D:1, C:1, B:1, A:1>>.

gray(N) -> N bxor (N bsr 1).

start() ->
    B = ?I(<<16#F0, 16#0F, 16#AA, 16#01>>),
    [
     popcount(B), popcount(?I(<<>>)), popcount(?I(<<255:8, 7:3>>)),
     << <<(revbyte(<<X>>))/binary>> || <<X>> <= B >>,
     << <<X:1>> || <<X:1>> <= B, X =:= 1 >>,
     << <<(1 - X):1>> || <<X:1>> <= ?I(<<16#F0, 5:3>>) >>,
     [X || <<X:2>> <= ?I(<<2#11100100>>)],
     << <<(gray(N)):4>> || N <- seq(0, 15) >>,
     [N || <<N:4>> <= << <<(gray(N)):4>> || N <- seq(0, 15) >>],
     << <<X:3, Y:5>> || <<Y:5, X:3>> <= ?I(<<1, 2, 3>>) >>,
     bit_size(<< <<1:N>> || N <- seq(1, 10) >>),
     << <<N:N>> || N <- seq(1, 6) >>,
     [{bit_size(X)} || X <- [<< <<1:1>> || _ <- seq(1, N) >> || N <- [0, 1, 7, 8, 9]]],
     << <<(X + 1):7>> || <<X:7>> <= ?I(<<0:7, 1:7, 126:7>>) >>,
     [X || <<X:7/signed>> <= ?I(<<127:7, 64:7, 63:7>>)]
    ].
