-module(lib_sets_v2).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    V2 = [{version, 2}],
    S = sets:from_list(?MODULE:id([c, a, b, a, 1, 1.0]), V2),
    T = sets:from_list([b, c, d, e], V2),
    V1 = sets:from_list([a, z]),
    {S, sets:new(V2), sets:to_list(S), sets:size(S), sets:is_set(S), sets:is_element(a, S),
     sets:add_element(z, S), sets:del_element(a, S), sets:union(S, T), sets:intersection(S, T),
     sets:subtract(S, T), sets:is_subset(sets:from_list([a], V2), S), sets:is_disjoint(S, T),
     lists:sort([E || E <- sets:fold(fun(E, A) -> [E | A] end, [], S), E =/= 1.0]), sets:filter(fun is_atom/1, S),
     sets:union([S, T]), sets:intersection([S, T]),
     %% mixed versions: the result's version follows OTP's choice
     sets:union(S, V1), sets:union(V1, S), sets:intersection(S, V1), sets:intersection(V1, S),
     sets:subtract(S, V1), sets:subtract(V1, S), sets:is_subset(V1, S),
     sets:union([V1, S]), sets:union([S, V1]),
     %% maps with other values are accepted as sets, as in OTP
     sets:intersection(#{a => 0, b => 0}, #{a => 1}), sets:intersection(#{a => 1, b => 2, c => 3, d => 4},
                                                                      #{a => 1, b => 1, x => 1, y => 1, z => 1}),
     sets:subtract(#{a => 1, b => 2, c => 3}, #{a => 1, b => 1}), sets:subtract(#{a => 1, b => 2, c => 3}, #{a => 1}),
     sets:filter(fun(_) -> true end, #{a => 1}), sets:union(#{a => 1, b => 2}, #{b => 3, c => 4}),
     ?E(sets:from_list([a | b], V2)), ?E(sets:from_list(a, V2)),
     ?E(sets:filter(fun(X) -> X end, sets:from_list([a], V2))), ?E(sets:fold(x, 0, sets:new(V2))),
     lists:sort(sets:to_list(sets:from_list(lists:seq(1, 100), V2))) =:= lists:seq(1, 100)}.
