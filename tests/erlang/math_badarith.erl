-module(math_badarith).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() of V -> {ok, V} catch Cl:Rs -> {Cl, Rs} end.

start() ->
    [t(fun() -> math:sqrt(?MODULE:id(-1)) end),
     t(fun() -> math:sqrt(?MODULE:id(-1.0e-300)) end),
     t(fun() -> math:log(?MODULE:id(0)) end),
     t(fun() -> math:log(?MODULE:id(-1)) end),
     t(fun() -> math:log2(?MODULE:id(0.0)) end),
     t(fun() -> math:log10(?MODULE:id(-5)) end),
     t(fun() -> math:acos(?MODULE:id(2)) end),
     t(fun() -> math:asin(?MODULE:id(-1.5)) end),
     t(fun() -> math:pow(?MODULE:id(-8), 1 / 3) end),
     t(fun() -> math:pow(?MODULE:id(0), -1) end),
     t(fun() -> math:pow(?MODULE:id(10), 309) end),
     t(fun() -> math:exp(?MODULE:id(710)) end),
     t(fun() -> math:exp(?MODULE:id(-1000)) end),
     t(fun() -> math:cosh(?MODULE:id(1000)) end),
     t(fun() -> math:fmod(?MODULE:id(1), 0) end),
     t(fun() -> math:sqrt(?MODULE:id(a)) end),
     t(fun() -> math:sin(?MODULE:id("1")) end),
     t(fun() -> math:pow(?MODULE:id(2), b) end),
     t(fun() -> math:log(?MODULE:id(<<1>>)) end),
     t(fun() -> math:sqrt(?MODULE:id(1 bsl 2000)) end),
     t(fun() -> math:atan2(?MODULE:id(0), 0) end),
     t(fun() -> math:atanh(?MODULE:id(1)) end),
     t(fun() -> math:acosh(?MODULE:id(0.5)) end),
     t(fun() -> math:floor(?MODULE:id(a)) end)].
