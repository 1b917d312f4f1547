-module(lib_sets_v1).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    S = sets:from_list(?MODULE:id([c, a, b, a, 1, 1.0, "s", {t}])),
    T = sets:from_list([b, c, d, e]),
    Big = sets:from_list(lists:seq(1, 500)),
    {S, sets:to_list(S), sets:size(S), sets:is_set(S), sets:is_set([]), sets:is_set({set, a}),
     sets:is_element(1, S), sets:is_element(1.0, S), sets:is_element(z, S), sets:is_empty(S),
     sets:is_empty(sets:new()), sets:new(), sets:new([{version, 1}]), sets:new([x]),
     sets:add_element(z, S), sets:add_element(a, S) =:= S, sets:del_element(a, S), sets:del_element(z, S),
     sets:union(S, T), sets:union(T, S), sets:union([S, T, sets:new()]), sets:union([]), sets:union([T]),
     sets:intersection(S, T), sets:intersection(T, S), sets:intersection([S, T, sets:from_list([c])]),
     sets:subtract(S, T), sets:subtract(T, S), sets:is_subset(sets:from_list([a, b]), S),
     sets:is_subset(S, T), sets:is_disjoint(S, sets:from_list([x, y])), sets:is_disjoint(S, T),
     sets:fold(fun(E, A) -> [E | A] end, [], S), sets:filter(fun is_atom/1, S),
     erlang:phash2(Big), sets:size(sets:filter(fun(X) -> X rem 7 =:= 0 end, Big)),
     erlang:phash2(sets:filter(fun(X) -> X rem 7 =:= 0 end, Big)),
     erlang:phash2(sets:union(Big, sets:from_list(lists:seq(400, 900)))),
     erlang:phash2(sets:intersection(Big, sets:from_list(lists:seq(400, 900)))),
     erlang:phash2(sets:subtract(Big, sets:from_list(lists:seq(1, 480)))),
     errors()}.

errors() ->
    {?E(sets:from_list(a)), ?E(sets:from_list([a | b])), ?E(sets:add_element(a, x)), ?E(sets:size(x)),
     ?E(sets:is_element(a, x)), ?E(sets:new([{version, 3}])), ?E(sets:intersection([])),
     ?E(sets:filter(x, sets:new())), ?E(sets:fold(x, 0, sets:new())), ?E(sets:union(a, b)),
     ?E(sets:union(sets:new(), b)), ?E(sets:is_subset(sets:new(), b)), ?E(sets:is_subset(a, sets:new())),
     ?E(sets:subtract(a, sets:new())), ?E(sets:filter(fun(X) -> X end, sets:from_list([a])))}.
