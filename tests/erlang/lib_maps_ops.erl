-module(lib_maps_ops).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    M = ?MODULE:id(#{a => 1, b => 2, c => 3}),
    N = ?MODULE:id(#{b => 20, c => 30, d => 40}),
    {fold(M), higher(M), combine(M, N), update(M), groups(), errors(M)}.

fold(M) ->
    {maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M),
     maps:fold(fun(_, V, A) -> V + A end, 0, M),
     maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], #{}),
     lists:sort(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [],
                          maps:from_list([{I, I * I} || I <- lists:seq(1, 100)])))}.

higher(M) ->
    Self = self(),
    {maps:map(fun(K, V) -> {K, V * 10} end, M),
     maps:filter(fun(_, V) -> V > 1 end, M), maps:filter(fun(K, _) -> K =:= z end, M),
     maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 100}; (_, _) -> true end, M),
     begin maps:foreach(fun(K, V) -> Self ! {K, V} end, M), lists:sort(collect(3)) end,
     maps:size(maps:map(fun(K, _) -> K end, maps:from_list([{I, I} || I <- lists:seq(1, 50)])))}.

collect(0) -> [];
collect(N) -> receive X -> [X | collect(N - 1)] end.

combine(M, N) ->
    {maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, M, N),
     maps:merge_with(fun(_, V1, V2) -> V1 + V2 end, M, #{}),
     maps:intersect(M, N), maps:intersect(N, M), maps:intersect(#{}, M),
     maps:intersect_with(fun(K, V1, V2) -> {K, V1, V2} end, M, N),
     maps:intersect_with(fun(_, V1, V2) -> V1 - V2 end, N, M),
     maps:merge(M, N), maps:with([a, z], M), maps:without([a, z], M)}.

update(M) ->
    {maps:update_with(a, fun(V) -> V + 100 end, M),
     maps:update_with(z, fun(V) -> V + 100 end, 0, M),
     maps:update_with(a, fun(V) -> V + 100 end, 0, M),
     ?E(maps:update_with(z, fun(V) -> V end, M)),
     maps:get(a, M), maps:get(z, M, default), maps:find(b, M), maps:find(z, M),
     maps:take(a, M), maps:take(z, M), maps:put(z, 26, M), maps:remove(a, M), maps:remove(z, M),
     maps:update(b, new, M), ?E(maps:update(z, new, M)), maps:is_key(c, M), maps:keys(M),
     maps:values(M), maps:to_list(M), maps:from_keys([x, y], 0), maps:new(), maps:size(M)}.

groups() ->
    {maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)),
     maps:groups_from_list(fun erlang:length/1, fun lists:reverse/1, ["ab", "cd", "e", "fgh", ""]),
     maps:groups_from_list(fun(X) -> X end, []),
     ?E(maps:groups_from_list(a, [])), ?E(maps:groups_from_list(fun(X) -> X end, a)),
     ?E(maps:groups_from_list(fun(X) -> X end, [1 | a])),
     ?E(maps:groups_from_list(fun(X) -> X end, a, [])),
     ?E(maps:groups_from_list(fun(X) -> X end, fun(X) -> X end, [1 | a]))}.

errors(M) ->
    F2 = fun(K, V) -> {K, V} end,
    F3 = fun(_, _, A) -> A end,
    {?E(maps:fold(F3, 0, a)), ?E(maps:fold(a, 0, M)), ?E(maps:fold(a, 0, b)),
     ?E(maps:fold(F3, 0, [{a, 1}])), ?E(maps:map(F2, a)), ?E(maps:map(a, M)),
     ?E(maps:filter(F2, a)), ?E(maps:filter(fun(_, V) -> V end, M)),
     ?E(maps:filtermap(fun(_, V) -> V end, M)), ?E(maps:foreach(F2, a)), ?E(maps:foreach(a, M)),
     ?E(maps:merge_with(F3, a, M)), ?E(maps:merge_with(F3, M, a)), ?E(maps:merge_with(a, M, M)),
     ?E(maps:merge_with(F2, M, M)), ?E(maps:intersect(a, M)), ?E(maps:intersect(M, a)),
     ?E(maps:intersect(a, b)), ?E(maps:intersect_with(a, M, M)), ?E(maps:intersect_with(F3, M, b)),
     ?E(maps:update_with(k, fun(X) -> X end, a)), ?E(maps:update_with(b, a, M)),
     ?E(maps:update_with(k, a, b)), ?E(maps:update_with(a, a, 0, M)),
     ?E(maps:update_with(a, fun(X) -> X end, 0, a)), ?E(maps:get(z, M)), ?E(maps:get(a, b, 1)),
     ?E(maps:with(a, M)), ?E(maps:from_keys(a, 1)), ?E(maps:take(a, b)), ?E(maps:size(a))}.
