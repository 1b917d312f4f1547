-module(map_errors).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

upd_exact(M, K, V) -> M#{K := V}.
upd_assoc(M, K, V) -> M#{K => V}.

start() ->
    M = ?MODULE:id(#{a => 1}),
    Bad = [?MODULE:id(X) || X <- [1, 1.5, atom, [], [1], {}, {a}, <<>>, "str"]],
    [
     [t(fun() -> upd_assoc(B, k, v) end) || B <- Bad],
     [t(fun() -> upd_exact(B, k, v) end) || B <- Bad],
     [t(fun() -> maps:get(k, B) end) || B <- Bad],
     [t(fun() -> map_size(B) end) || B <- Bad],
     [t(fun() -> maps:keys(B) end) || B <- Bad],
     [t(fun() -> maps:values(B) end) || B <- Bad],
     [t(fun() -> maps:to_list(B) end) || B <- Bad],
     t(fun() -> upd_exact(M, b, 2) end),
     t(fun() -> upd_exact(M, 1, 2) end),
     t(fun() -> upd_exact(?MODULE:id(#{1 => x}), 1.0, 2) end),
     t(fun() -> upd_exact(?MODULE:id(#{}), {k, [1]}, 2) end),
     t(fun() -> maps:update(nokey, 1, M) end),
     t(fun() -> maps:get({}, M) end),
     t(fun() -> maps:get(1.0, ?MODULE:id(#{1 => a})) end),
     t(fun() -> map_get(x, M) end),
     t(fun() -> #{x := _} = M end),
     t(fun() -> #{a := 2} = M end),
     t(fun() -> #{a := 1.0} = M end),
     t(fun() -> (?MODULE:id(not_a_map))#{a => 1, b := 2} end),
     t(fun() -> maps:from_list(?MODULE:id([{a, b, c}])) end),
     t(fun() -> maps:from_list(?MODULE:id([{a}])) end),
     t(fun() -> maps:merge(?MODULE:id(#{}), ?MODULE:id([])) end),
     t(fun() -> maps:find(a, ?MODULE:id(<<>>)) end),
     t(fun() -> maps:take(a, ?MODULE:id({})) end),
     t(fun() -> maps:remove(a, ?MODULE:id(1)) end),
     t(fun() -> maps:put(a, 1, ?MODULE:id(1)) end),
     t(fun() -> maps:is_key(a, ?MODULE:id(1)) end),
     t(fun() -> maps:from_keys(?MODULE:id([a | b]), 1) end),
     case catch maps:get(a, ?MODULE:id(#{})) of {'EXIT', {R, _}} -> {exit, R} end,
     (catch upd_exact(?MODULE:id(#{}), z, 1)) =:= {'EXIT', x} orelse caught
    ].
