-module(list_append).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    A = ?MODULE:id([1, 2, 3]),
    B = ?MODULE:id([4, 5]),
    E = ?MODULE:id([]),
    [
     A ++ B, B ++ A, A ++ E, E ++ A, E ++ E,
     A ++ ?MODULE:id(tail),
     E ++ ?MODULE:id(tail),
     E ++ ?MODULE:id({t}),
     A ++ ?MODULE:id([x | y]),
     t(fun() -> ?MODULE:id([1 | 2]) ++ B end),
     t(fun() -> ?MODULE:id(foo) ++ B end),
     erlang:'++'(A, B),
     A ++ B ++ A,
     (A ++ B) ++ A =:= A ++ (B ++ A),
     "abc" ++ ?MODULE:id("def"),
     [?MODULE:id([1])] ++ [[2]],
     length(A ++ A ++ A ++ A),
     %% subtraction
     A -- B,
     A -- ?MODULE:id([2]),
     ?MODULE:id([1, 2, 1, 3, 1]) -- ?MODULE:id([1]),
     ?MODULE:id([1, 2, 1, 3, 1]) -- ?MODULE:id([1, 1]),
     ?MODULE:id([1, 2, 1, 3, 1]) -- ?MODULE:id([1, 1, 1, 1]),
     ?MODULE:id([a, b, c, b, a]) -- ?MODULE:id([b, a]),
     ?MODULE:id([1, 1.0, 1]) -- ?MODULE:id([1.0]),
     ?MODULE:id([1, 1.0, 1]) -- ?MODULE:id([1]),
     A -- E, E -- A, E -- E,
     A -- ?MODULE:id([9, 9, 9]),
     t(fun() -> ?MODULE:id([1 | 2]) -- A end),
     t(fun() -> A -- ?MODULE:id([1 | 2]) end),
     t(fun() -> A -- ?MODULE:id(foo) end),
     t(fun() -> ?MODULE:id(foo) -- E end),
     erlang:'--'(A, ?MODULE:id([3, 1])),
     ?MODULE:id([1, 2, 3]) -- ?MODULE:id([1]) -- ?MODULE:id([1]),
     (?MODULE:id([1, 2, 3]) -- ?MODULE:id([1])) -- ?MODULE:id([2]),
     ?MODULE:id("hello world") -- ?MODULE:id("lo"),
     ?MODULE:id([{a, 1}, {b, 2}, {a, 1}]) -- ?MODULE:id([{a, 1}]),
     ?MODULE:id([[1], [2], [1]]) -- ?MODULE:id([[1]]),
     big_sub(),
     big_app()
    ].

seq(N, N) -> [N];
seq(I, N) when I < N -> [I | seq(I + 1, N)].

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

big_sub() ->
    L = seq(1, 5000),
    Evens = [X || X <- L, X rem 2 =:= 0],
    R = L -- Evens,
    {length(R), sum(R, 0), hd(R), lists:reverse(R) -- seq(1, 4990)}.

big_app() ->
    L = seq(1, 20000),
    M = L ++ L,
    {length(M), sum(M, 0)}.
