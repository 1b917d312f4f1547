-module(math_misc).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pi = math:pi(),
    Consts = [Pi, math:pi() * 2, Pi / 2, math:exp(1)],
    IntArgs = [math:sqrt(?MODULE:id(16)), math:pow(?MODULE:id(3), ?MODULE:id(4)), math:log2(?MODULE:id(1024)),
               math:floor(?MODULE:id(7)), math:ceil(?MODULE:id(-7))],
    BigArgs = [math:sqrt(?MODULE:id(1 bsl 100)), math:log2(?MODULE:id(1 bsl 200)), math:pow(?MODULE:id(1 bsl 10), 2)],
    Types = [is_float(math:sqrt(?MODULE:id(4))), is_float(math:floor(?MODULE:id(1.5))), is_float(math:pow(?MODULE:id(2), 2))],
    Fmod = [math:fmod(?MODULE:id(7.5), 2), math:fmod(?MODULE:id(-7.5), 2), math:fmod(?MODULE:id(7), -2.5), math:fmod(?MODULE:id(0.0), 1)],
    Apply = [apply(math, F, [?MODULE:id(1.0)]) || F <- [sqrt, exp, log, floor, ceil, sin, cos, atan]],
    {Consts, IntArgs, BigArgs, Types, Fmod, Apply}.
