-module(float_guards).
-export([start/0, id/1]).

id(X) -> X.

kind(X) when is_float(X), X > 1.0e100 -> huge;
kind(X) when is_float(X), X < -1.0e100 -> neg_huge;
kind(X) when is_float(X), abs(X) < 1.0e-100, X /= 0.0 -> tiny;
kind(X) when X == 0 -> zero;
kind(X) when is_float(X), trunc(X) == X -> integral_float;
kind(X) when is_float(X) -> float;
kind(X) when is_integer(X) -> integer;
kind(X) when is_number(X) -> number;
kind(_) -> other.

inrange(X) when X >= 0.5, X =< 1.5 -> true;
inrange(_) -> false.

exact(X) when X =:= 1.0 -> float_one;
exact(X) when X =:= 1 -> int_one;
exact(_) -> other.

div_guard(X, Y) when X / Y > 1 -> gt;
div_guard(_, _) -> not_gt.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, -0.0, 0, 1.0e200, -1.0e200, 1.0e-200, 2.0, 2.5, 7, a, "x"]],
    {[kind(V) || V <- Vals],
     [inrange(?MODULE:id(V)) || V <- [0.4999, 0.5, 1, 1.5, 1.5000001, 2, a]],
     [exact(?MODULE:id(V)) || V <- [1, 1.0, 1.0e0, 2]],
     [div_guard(?MODULE:id(X), Y) || {X, Y} <- [{3, 2}, {2, 2}, {1, 0}, {1.0, 0.0}, {a, 1}]],
     [is_float(?MODULE:id(V)) || V <- [1, 1.0, 1 bsl 80, -0.0]],
     [is_number(?MODULE:id(V)) || V <- [1, 1.0, a, "1"]]}.
