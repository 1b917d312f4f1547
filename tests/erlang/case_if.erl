-module(case_if).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

sign(X) ->
    if X > 0 -> pos;
       X < 0 -> neg;
       true -> zero
    end.

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70, S < 80 -> c;
       S >= 60; S =:= -1 -> d;
       true -> f
    end.

noelse(X) ->
    if X =:= 1 -> one end.

guard_exc(X) ->
    if length(X) > 2 -> long;
       is_tuple(X) -> tuple;
       true -> other
    end.

nested(X, Y) ->
    if X > 0 ->
           if Y > 0 -> q1; true -> q4 end;
       true ->
           if Y > 0 -> q2; true -> q3 end
    end.

start() ->
    [
     [sign(?MODULE:id(X)) || X <- [5, -3, 0, 0.0, -0.5, 1 bsl 100]],
     [grade(?MODULE:id(S)) || S <- [95, 85, 75, 65, 55, -1, 90.0, 79.999]],
     noelse(?MODULE:id(1)),
     t(fun() -> noelse(?MODULE:id(2)) end),
     [guard_exc(?MODULE:id(X)) || X <- [[1, 2, 3], {t}, [1], atom]],
     [nested(?MODULE:id(X), ?MODULE:id(Y)) || {X, Y} <- [{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {0, 0}]],
     begin B = ?MODULE:id(true), if B -> yes; true -> no end end,
     case ?MODULE:id(3) of N when N > 2 -> if N rem 2 =:= 1 -> odd_big; true -> even_big end; _ -> small end
    ].
