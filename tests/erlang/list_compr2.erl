-module(list_compr2).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

queens(N) -> queens(N, N).
queens(_, 0) -> [[]];
queens(N, K) -> [[Q | Qs] || Qs <- queens(N, K - 1), Q <- seq(1, N), safe(Q, Qs, 1)].

safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

primes(N) -> sieve(seq(2, N)).
sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].

start() ->
    Words = ?MODULE:id(["apple", "banana", "cherry", "date", "fig"]),
    [
     [length(W) || W <- Words],
     [W || W <- Words, length(W) > 4],
     [[C - 32 || C <- W] || W <- Words],
     [{W, N} || {W, N} <- [{W, length(W)} || W <- Words], N rem 2 =:= 0],
     length(queens(6)), hd(queens(6)),
     length(queens(?MODULE:id(8))),
     primes(?MODULE:id(100)),
     length(primes(?MODULE:id(2000))),
     [X || X <- seq(1, 30), Y <- [X rem 7], Y =:= 0],
     [{X, Y} || X <- [a, b], Y <- [], true],
     [X || X <- [1, 2, 3], _ <- [x, y]],
     [X || {ok, X} <- ?MODULE:id([{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3, 4}])],
     [X || <<X:8>> <= ?MODULE:id(<<1, 2, 3, 4:4>>)],
     [X || <<X:3>> <= ?MODULE:id(<<255, 255>>)],
     [B || <<B:2/binary>> <= ?MODULE:id(<<"abcdefg">>)],
     << <<(X * 2)>> || <<X>> <= ?MODULE:id(<<1, 2, 3>>), X > 1 >>,
     << <<X:1>> || X <- ?MODULE:id([1, 0, 1, 1, 0, 0, 1, 0, 1]) >>,
     << <<X:3>> || <<X:3>> <= ?MODULE:id(<<"ABC">>) >>,
     << <<Y/binary>> || Y <- ?MODULE:id([<<"x">>, <<>>, <<"yz">>]) >>,
     << <<Y/bitstring>> || Y <- ?MODULE:id([<<1:3>>, <<5:5>>, <<1:1>>]) >>,
     [{X, Y} || <<X:4, Y:4>> <= ?MODULE:id(<<16#12, 16#34>>)],
     [[X, Y] || X <- "ab", Y <- "cd"],
     [X || X <- [?MODULE:id(1), 2, 3], X =/= 2, X =/= 3],
     byte_size(<< <<X:32>> || X <- seq(1, 10000) >>),
     length([X || <<X:32>> <= << <<X:32>> || X <- seq(1, 10000) >>])
    ].
