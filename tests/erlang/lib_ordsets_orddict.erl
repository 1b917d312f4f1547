-module(lib_ordsets_orddict).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() -> {ordsets(), orddict()}.

ordsets() ->
    S = ordsets:from_list(?MODULE:id([c, a, b, a, 3, 1.0, 1])),
    T = ordsets:from_list([b, c, d]),
    {S, ordsets:new(), ordsets:is_set(S), ordsets:is_set([b, a]), ordsets:is_set([1, 1.0]), ordsets:is_set(a),
     ordsets:size(S), ordsets:is_empty(S), ordsets:to_list(S), ordsets:is_element(1, S), ordsets:is_element(z, S),
     ordsets:add_element(z, S), ordsets:add_element(1, S), ordsets:add_element(1.0, [0, 1, 2]),
     ordsets:del_element(a, S), ordsets:del_element(1, S),
     ordsets:union(S, T), ordsets:union([S, T, [0]]), ordsets:union([]), ordsets:union([1.0, 2], [1, 3]),
     ordsets:union([3], [1, 3.0]), ordsets:intersection(S, T), ordsets:intersection([S, T]),
     ordsets:intersection([3], [1, 3.0]), ordsets:intersection([2, 3], [1, 3.0]), ordsets:subtract(S, T),
     ordsets:is_subset([a, b], S), ordsets:is_subset(S, T), ordsets:is_disjoint(S, [x]), ordsets:is_disjoint(S, T),
     ordsets:fold(fun(E, A) -> [E | A] end, [], S), ordsets:filter(fun is_atom/1, S),
     ?E(ordsets:is_set([a | b])), ?E(ordsets:intersection([])), ?E(ordsets:add_element(a, b)),
     ordsets:union(a, []), ?E(ordsets:union([1], a)), ?E(ordsets:size(a)), ordsets:subtract(a, []),
     ordsets:is_subset(a, []), ordsets:is_subset([], a), ?E(ordsets:filter(fun(X) -> X end, [a]))}.

orddict() ->
    D = orddict:from_list(?MODULE:id([{b, 1}, {a, 2}, {b, 3}, {1.0, x}, {1, y}, {c, [l]}])),
    {D, orddict:new(), orddict:size(D), orddict:is_empty(D), orddict:is_empty([]), orddict:to_list(D),
     orddict:fetch(a, D), orddict:fetch(1.0, D), ?E(orddict:fetch(z, D)), orddict:find(b, D), orddict:find(z, D),
     orddict:is_key(c, D), orddict:is_key(z, D), orddict:fetch_keys(D), orddict:store(a, 10, D),
     orddict:store(1.0, f, D), orddict:store(z, 26, D), orddict:erase(a, D), orddict:erase(z, D),
     orddict:take(b, D), orddict:take(z, D), orddict:append(c, m, D), orddict:append(z, m, D),
     orddict:append_list(c, [m, n], D), ?E(orddict:append(a, 1, D)),
     orddict:update(a, fun(V) -> V * 100 end, D), ?E(orddict:update(z, fun(V) -> V end, D)),
     orddict:update(z, fun(V) -> V end, 0, D), orddict:update_counter(a, 1, D), orddict:update_counter(z, 1, D),
     ?E(orddict:update_counter(c, 1, D)), orddict:fold(fun(K, V, A) -> [{K, V} | A] end, [], D),
     orddict:map(fun(K, V) -> {K, V} end, D), orddict:filter(fun(K, _) -> is_atom(K) end, D),
     orddict:merge(fun(K, A, B) -> {K, A, B} end, [{a, 1}, {c, 2}], [{a, 3}, {b, 4}, {c, 5}]),
     orddict:merge(fun(_, A, B) -> {A, B} end, [{1, x}], [{1.0, y}]),
     ?E(orddict:fetch(a, x)), ?E(orddict:size(x)), orddict:to_list(x), ?E(orddict:from_list([x])),
     ?E(orddict:filter(fun(_, V) -> V end, [{a, 1}])), ?E(orddict:store(b, 1, [{a, 1} | x])),
     orddict:store(a, 1, [{b, 1} | x])}.
