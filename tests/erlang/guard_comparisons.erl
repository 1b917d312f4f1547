-module(guard_comparisons).
-export([start/0, id/1]).

id(X) -> X.

c(X, Y) when X =:= Y -> exact;
c(X, Y) when X == Y -> equal;
c(X, Y) when X < Y -> less;
c(X, Y) when X > Y -> greater.

range(X) when X >= 1, X =< 10 -> in;
range(X) when X < 1; X > 10 -> out.

neq(X, Y) when X =/= Y, X /= Y -> different;
neq(X, Y) when X =/= Y -> equal_not_exact;
neq(_, _) -> same.

start() ->
    Pairs = [{1, 1}, {1, 1.0}, {1, 2}, {2.5, 2}, {a, 1}, {a, b}, {[], {}}, {"a", <<"a">>},
             {{1, 2}, {1, 2.0}}, {#{a => 1}, #{a => 1.0}}, {1 bsl 70, 1.0e21}, {1 bsl 70, 1 bsl 70},
             {-0.0, 0.0}, {<<1>>, <<1:1>>}],
    C = [c(?MODULE:id(X), Y) || {X, Y} <- Pairs],
    R = [range(?MODULE:id(X)) || X <- [0, 1, 5.5, 10, 10.0, 10.5, a, "x", 1 bsl 64]],
    N = [neq(?MODULE:id(X), Y) || {X, Y} <- Pairs],
    {C, R, N}.
