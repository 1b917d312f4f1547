-module(map_bifs).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    M = ?MODULE:id(#{a => 1, b => 2, c => 3}),
    E = ?MODULE:id(#{}),
    [
     maps:find(a, M), maps:find(z, M), maps:find(1, ?MODULE:id(#{1.0 => x})),
     t(fun() -> maps:find(a, ?MODULE:id(nomap)) end),
     maps:from_list(?MODULE:id([{a, 1}, {b, 2}, {a, 3}])),
     maps:from_list(?MODULE:id([])),
     t(fun() -> maps:from_list(?MODULE:id([{a, 1}, bad])) end),
     t(fun() -> maps:from_list(?MODULE:id([{a, 1} | {b, 2}])) end),
     t(fun() -> maps:from_list(?MODULE:id(nolist)) end),
     maps:from_keys(?MODULE:id([x, y, x]), 0),
     maps:from_keys(?MODULE:id([]), 0),
     t(fun() -> maps:from_keys(?MODULE:id(x), 0) end),
     maps:get(b, M),
     t(fun() -> maps:get(z, M) end),
     t(fun() -> maps:get(z, ?MODULE:id(nomap)) end),
     maps:is_key(a, M), maps:is_key(z, M), maps:is_key(1, ?MODULE:id(#{1.0 => x})),
     t(fun() -> maps:is_key(a, ?MODULE:id([])) end),
     maps:keys(M), maps:keys(E),
     maps:values(M), maps:values(E),
     maps:merge(M, ?MODULE:id(#{c => 30, d => 40})),
     maps:merge(?MODULE:id(#{c => 30, d => 40}), M),
     maps:merge(E, M) =:= M,
     maps:merge(M, E) =:= M,
     t(fun() -> maps:merge(M, ?MODULE:id(x)) end),
     t(fun() -> maps:merge(?MODULE:id(x), M) end),
     maps:put(d, 4, M), maps:put(a, 0, M), maps:put(k, v, E),
     t(fun() -> maps:put(a, 1, ?MODULE:id(x)) end),
     maps:remove(a, M), maps:remove(z, M), maps:remove(a, E),
     t(fun() -> maps:remove(a, ?MODULE:id(x)) end),
     maps:take(a, M), maps:take(z, M),
     t(fun() -> maps:take(a, ?MODULE:id(x)) end),
     maps:to_list(M), maps:to_list(E),
     maps:update(a, 100, M),
     t(fun() -> maps:update(z, 100, M) end),
     t(fun() -> maps:update(z, 100, ?MODULE:id(x)) end),
     map_get(c, M),
     t(fun() -> map_get(z, M) end),
     t(fun() -> map_get(z, ?MODULE:id(x)) end),
     is_map_key(c, M), is_map_key(z, M),
     t(fun() -> is_map_key(z, ?MODULE:id(x)) end),
     map_size(maps:merge(M, M)),
     t(fun() -> map_size(?MODULE:id([])) end),
     maps:to_list(maps:from_list(?MODULE:id([{3, c}, {1, a}, {2, b}, {1.0, af}, {zz, z}, {"s", s}]))),
     maps:keys(?MODULE:id(#{b => 1, a => 2, 10 => 3, 2.5 => 4, {t} => 5, [l] => 6, <<"b">> => 7})),
     maps:values(?MODULE:id(#{b => 1, a => 2, 10 => 3, 2.5 => 4, {t} => 5, [l] => 6, <<"b">> => 7}))
    ].
