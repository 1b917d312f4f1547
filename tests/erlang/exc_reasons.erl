-module(exc_reasons).
-export([start/0, id/1, one/1]).

-record(rec, {a, b}).

id(X) -> X.
one(1) -> one.

t(F) -> try F() of V -> {no_exception, V} catch Cl:Rs -> {Cl, Rs} end.

start() ->
    [t(fun() -> {a, _} = ?MODULE:id({b, 1}) end),
     t(fun() -> [_] = ?MODULE:id([]) end),
     t(fun() -> 1 = ?MODULE:id(1.0) end),
     t(fun() -> case ?MODULE:id(x) of y -> ok end end),
     t(fun() -> case ?MODULE:id({1, 2}) of {2, _} -> ok end end),
     t(fun() -> ?MODULE:one(?MODULE:id(2)) end),
     t(fun() -> one(?MODULE:id(a)) end),
     t(fun() -> X = ?MODULE:id(0), if X > 0 -> pos end end),
     t(fun() -> try ?MODULE:id(z) of a -> a after ok end end),
     t(fun() -> M = ?MODULE:id(no_such_module_xyz), M:f() end),
     t(fun() -> ?MODULE:no_such_function(?MODULE:id(1)) end),
     t(fun() -> erlang:no_such_bif(?MODULE:id(1)) end),
     t(fun() -> F = ?MODULE:id(not_a_fun), F() end),
     t(fun() -> F = ?MODULE:id({a, b}), F(1) end),
     t(fun() -> F = ?MODULE:id(42), F(1, 2) end),
     t(fun() -> maps:get(?MODULE:id(missing), #{a => 1}) end),
     t(fun() -> M = ?MODULE:id(#{a => 1}), M#{missing := 2} end),
     t(fun() -> maps:get(a, ?MODULE:id(not_a_map)) end),
     t(fun() -> M = ?MODULE:id([1]), M#{a => 1} end),
     t(fun() -> M = ?MODULE:id(<<>>), M#{a := 1} end),
     t(fun() -> #{a := V} = ?MODULE:id(#{b => 1}), V end),
     t(fun() -> R = ?MODULE:id({other, 1, 2}), R#rec.a end),
     t(fun() -> R = ?MODULE:id(not_rec), R#rec{a = 1} end),
     t(fun() -> element(?MODULE:id(3), {a}) end),
     t(fun() -> atom_to_list(?MODULE:id("a")) end),
     t(fun() -> ?MODULE:id(1) + ?MODULE:id(a) end),
     t(fun() -> hd(?MODULE:id([])) end),
     t(fun() -> tl(?MODULE:id(a)) end),
     t(fun() -> length(?MODULE:id([a | b])) end),
     t(fun() -> list_to_integer(?MODULE:id("x")) end),
     t(fun() -> binary_to_list(?MODULE:id(a)) end),
     t(fun() -> <<X:8>> = ?MODULE:id(<<1, 2>>), X end),
     t(fun() -> ?MODULE:id(a) ++ [b] end),
     t(fun() -> [a] -- ?MODULE:id(b) end),
     t(fun() -> setelement(?MODULE:id(0), {a}, b) end),
     t(fun() -> list_to_tuple(?MODULE:id(a)) end),
     t(fun() -> abs(?MODULE:id(a)) end),
     t(fun() -> float(?MODULE:id(a)) end),
     t(fun() -> apply(?MODULE:id(?MODULE), id, [1, 2]) end),
     t(fun() -> apply(?MODULE:id(?MODULE), ?MODULE:id("id"), [1]) end),
     t(fun() -> spawn(?MODULE:id(not_a_fun)) end),
     t(fun() -> self() ! ?MODULE:id(msg), receive msg -> received end end),
     t(fun() -> ?MODULE:id(a) ! msg end)].
