-module(float_overflow).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

start() ->
    Max = ?MODULE:id(1.7976931348623157e308),
    [t(fun() -> Max * 2 end),
     t(fun() -> Max + Max end),
     t(fun() -> -Max - Max end),
     t(fun() -> Max * 1.0000000000000002 end),
     t(fun() -> Max + 1.0 end),
     t(fun() -> Max / 0.5 end),
     t(fun() -> Max / 1.0e-10 end),
     t(fun() -> ?MODULE:id(1.0e200) * 1.0e200 end),
     t(fun() -> ?MODULE:id(-1.0e200) * 1.0e200 end),
     t(fun() -> ?MODULE:id(1.0e-200) * 1.0e-200 end),
     t(fun() -> ?MODULE:id(1.0) / 0.0 end),
     t(fun() -> ?MODULE:id(-1.0) / 0.0 end),
     t(fun() -> ?MODULE:id(0.0) / 0.0 end),
     t(fun() -> ?MODULE:id(1) / 0 end),
     t(fun() -> ?MODULE:id(1.0e308) * 10 end),
     t(fun() -> ?MODULE:id(1 bsl 1023) * 2.0 end),
     t(fun() -> ?MODULE:id(1 bsl 1024) * 1.0 end),
     t(fun() -> ?MODULE:id(1 bsl 1023) + 1.0 end),
     t(fun() -> float(?MODULE:id(1 bsl 1024)) end),
     t(fun() -> float(?MODULE:id((1 bsl 1024) - 1)) end),
     t(fun() -> float(?MODULE:id(-(1 bsl 1024) + (1 bsl 970))) end),
     t(fun() -> math:pow(?MODULE:id(10.0), 400) end),
     t(fun() -> math:exp(?MODULE:id(1000)) end),
     t(fun() -> ?MODULE:id(1.0e308) + 1.0e308 end),
     catch_val(catch (?MODULE:id(1.0e300) * 1.0e300))].

catch_val({'EXIT', {R, _}}) -> {'EXIT', R};
catch_val(V) -> V.
