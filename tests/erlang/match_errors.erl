-module(match_errors).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

fc(a) -> a;
fc(b) -> b.

fc2(X, Y) when X > Y -> gt.

start() ->
    [
     t(fun() -> {a, _} = ?MODULE:id({b, 1}) end),
     t(fun() -> [_] = ?MODULE:id([]) end),
     t(fun() -> <<_:8>> = ?MODULE:id(<<1, 2>>) end),
     t(fun() -> #{a := _} = ?MODULE:id(#{}) end),
     t(fun() -> 1 = ?MODULE:id(1.0) end),
     t(fun() -> "abc" = ?MODULE:id("abd") end),
     t(fun() -> case ?MODULE:id(x) of y -> y end end),
     t(fun() -> case ?MODULE:id({1, 2}) of {A, A} -> A end end),
     t(fun() -> fc(?MODULE:id(c)) end),
     t(fun() -> fc2(?MODULE:id(1), ?MODULE:id(2)) end),
     t(fun() -> One = ?MODULE:id(1), if One =:= 2 -> x end end),
     t(fun() -> try ?MODULE:id(v) of w -> w catch _:_ -> caught end end),
     t(fun() -> (fun(1) -> one end)(?MODULE:id(2)) end),
     t(fun() -> [X || {X} <- ?MODULE:id([{1}, 2, {3}])] end),
     t(fun() -> <<X:8>> = ?MODULE:id(<<1:7>>), X end),
     t(fun() -> {ok, V} = ?MODULE:id(error), V end),
     t(fun() -> [H | _] = ?MODULE:id(<<"bin">>), H end),
     t(fun() -> {_, _, _} = ?MODULE:id(list_to_tuple([1, 2, 3, 4])) end),
     t(fun() -> ok = ?MODULE:id(erlang:make_tuple(2, x)) end)
    ].
