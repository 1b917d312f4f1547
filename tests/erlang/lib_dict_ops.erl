-module(lib_dict_ops).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    D = dict:from_list(?MODULE:id([{a, 1}, {b, [x]}, {c, 3}, {"k", v}, {1.0, f}, {1, i}])),
    {D, dict:to_list(D), dict:fetch_keys(D), dict:size(D), dict:is_empty(D), dict:is_empty(dict:new()),
     dict:fetch(a, D), ?E(dict:fetch(z, D)), dict:find(1, D), dict:find(1.0, D), dict:find(z, D),
     dict:is_key(c, D), dict:is_key(z, D), dict:store(a, 10, D), dict:store(z, 26, D),
     dict:erase(a, D), dict:erase(z, D) =:= D, dict:append(b, y, D), dict:append(z, y, D),
     dict:append_list(b, [y, w], D), ?E(dict:append(a, 1, D)),
     dict:update(a, fun(V) -> V + 1 end, D), ?E(dict:update(z, fun(V) -> V end, D)),
     dict:update(z, fun(V) -> V end, init, D), dict:update_counter(a, 5, D),
     dict:update_counter(z, 5, D), ?E(dict:update_counter(b, 1, D)), ?E(dict:update_counter(a, x, D)),
     dict:take(a, D), dict:take(z, D),
     dict:fold(fun(K, V, A) -> [{K, V} | A] end, [], D),
     dict:map(fun(K, V) -> {K, V} end, D), dict:filter(fun(K, _) -> is_atom(K) end, D),
     dict:merge(fun(_, V1, V2) -> {V1, V2} end, D, dict:from_list([{a, 9}, {q, 8}])),
     dict:merge(fun(_, V1, V2) -> {V1, V2} end, dict:from_list([{a, 9}, {q, 8}]), D),
     errors()}.

errors() ->
    {?E(dict:fetch(a, x)), ?E(dict:store(a, 1, x)), ?E(dict:size(x)), ?E(dict:is_empty(x)),
     ?E(dict:to_list(x)), ?E(dict:from_list(a)), ?E(dict:from_list([a])), ?E(dict:from_list([{a, 1} | b])),
     ?E(dict:is_key(a, x)), ?E(dict:find(a, x)), ?E(dict:filter(x, dict:new())), ?E(dict:map(x, dict:new())),
     ?E(dict:fold(x, 0, dict:new())), ?E(dict:fold(fun(_, _, A) -> A end, 0, [])),
     ?E(dict:merge(fun(_, A, _) -> A end, [2], [1]))}.
