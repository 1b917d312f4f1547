-module(arith_divzero).
-export([start/0, id/1]).

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

strip({'EXIT', {R, St}}) when is_list(St) -> {'EXIT', R};
strip(V) -> V.

start() ->
    Z = ?MODULE:id(0),
    Big = ?MODULE:id(1 bsl 100),
    [t(fun() -> 1 div Z end),
     t(fun() -> 1 rem Z end),
     t(fun() -> -1 div Z end),
     t(fun() -> 0 div Z end),
     t(fun() -> Big div Z end),
     t(fun() -> Big rem Z end),
     t(fun() -> 1 / Z end),
     t(fun() -> 1.0 / Z end),
     t(fun() -> 1.0 / ?MODULE:id(0.0) end),
     t(fun() -> 0.0 / ?MODULE:id(0.0) end),
     t(fun() -> ?MODULE:id(1.5) div 1 end),
     t(fun() -> ?MODULE:id(3) rem 1.0 end),
     t(fun() -> ?MODULE:id(a) + 1 end),
     t(fun() -> ?MODULE:id(1) - [] end),
     t(fun() -> ?MODULE:id("1") * 2 end),
     t(fun() -> -(?MODULE:id(foo)) end),
     t(fun() -> ?MODULE:id({1}) band 1 end),
     t(fun() -> ?MODULE:id(1.0) band 1 end),
     t(fun() -> ?MODULE:id(1) bsl 1.0 end),
     t(fun() -> bnot ?MODULE:id(1.0) end),
     t(fun() -> ?MODULE:id(<<1>>) bor 1 end),
     t(fun() -> ?MODULE:id(1) bxor a end),
     t(fun() -> ?MODULE:id(1) bsr a end),
     strip(catch (1 div Z)),
     strip(catch (Big rem Z)),
     t(fun() -> erlang:'div'(?MODULE:id(10), Z) end),
     t(fun() -> erlang:'+'(?MODULE:id(1), ok) end)].
