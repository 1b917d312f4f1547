-module(list_nested_compr).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

transpose([[] | _]) -> [];
transpose(M) -> [[H || [H | _] <- M] | transpose([T || [_ | T] <- M])].

mmul(A, B) ->
    BT = transpose(B),
    [[sum([X * Y || {X, Y} <- zip(Row, Col)]) || Col <- BT] || Row <- A].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

pascal(0) -> [[1]];
pascal(N) ->
    Prev = pascal(N - 1),
    Last = hd(lists:reverse(Prev)),
    Prev ++ [[A + B || {A, B} <- zip([0 | Last], Last ++ [0])]].

start() ->
    M = ?MODULE:id([[1, 2, 3], [4, 5, 6]]),
    [
     transpose(M),
     mmul(M, transpose(M)),
     mmul(transpose(M), M),
     pascal(?MODULE:id(6)),
     [[{I, J} || J <- seq(1, I)] || I <- seq(1, 4)],
     [X || L <- ?MODULE:id([[1, 2], [], [3, [4]], [5]]), X <- L],
     [[X || X <- L, X > 1] || L <- ?MODULE:id([[1, 2, 3], [0], [5, 1]])],
     [{A, B, C} || A <- seq(1, 3), B <- seq(A, 3), C <- [A * B], C > 2],
     length([1 || _ <- seq(1, 30), _ <- seq(1, 30), _ <- seq(1, 30)]),
     [[[c || _ <- seq(1, K)] || K <- seq(0, J)] || J <- seq(0, 2)],
     sum([sum([X * Y || Y <- seq(1, 100)]) || X <- seq(1, 100)])
    ].
