-module(math_pow_sqrt).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pow = [math:pow(?MODULE:id(B), E) || {B, E} <- [{2, 10}, {2, 0.5}, {2.0, -1}, {10, 20}, {10, -5},
           {-2, 3}, {-8, 3}, {0, 0}, {0.0, 5}, {1, 1000000}, {4, 0.5}, {1.0e10, 10}, {2, 1023},
           {-1, 1 bsl 40}, {9, 1.5}]],
    Sqrt = [math:sqrt(?MODULE:id(X)) || X <- [0, 1, 4, 2, 0.25, 1.0e100, 1 bsl 80, 16#FFFFFFFF, 1.0e-300]],
    Cbrt = [round(math:pow(?MODULE:id(X), 1 / 3) * 1.0e9) || X <- [27, 8, 1000]],
    Hypot = [math:sqrt(?MODULE:id(X) * X + Y * Y) || {X, Y} <- [{3, 4}, {5, 12}, {1.5, 2.0}]],
    Fmod = [math:fmod(?MODULE:id(X), Y) || {X, Y} <- [{10, 3}, {-10, 3}, {10, -3}, {5.5, 2}, {1.0e20, 7}]],
    Floor = [math:floor(?MODULE:id(X)) || X <- [1.5, -1.5, 2, -0.5, 0.0]],
    Ceil = [math:ceil(?MODULE:id(X)) || X <- [1.5, -1.5, 2, -0.5, 0.0]],
    {Pow, Sqrt, Cbrt, Hypot, Fmod, Floor, Ceil}.
