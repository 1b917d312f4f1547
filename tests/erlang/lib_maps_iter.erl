-module(lib_maps_iter).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    M = ?MODULE:id(#{a => 1, b => 2, c => 3}),
    I = maps:iterator(M),
    {I, maps:next(I), walk(maps:next(I)), maps:next(maps:iterator(#{})), maps:iterator(#{}),
     maps:next(none), ?E(maps:next(a)), ?E(maps:next([0 | a])), ?E(maps:next([a | #{}])),
     ?E(maps:iterator(a)),
     maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], I),
     maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], element(3, maps:next(I))),
     maps:fold(fun(K, _, A) -> [K | A] end, [], none),
     maps:map(fun(_, V) -> V * 2 end, I), maps:filter(fun(_, V) -> V > 1 end, I),
     maps:filtermap(fun(_, V) -> V > 1 end, I), maps:foreach(fun(_, _) -> ok end, I),
     maps:map(fun(_, V) -> V end, {k, v, none}), maps:filter(fun(_, _) -> true end, none),
     ?E(maps:fold(fun(_, _, A) -> A end, 0, {a, 1, bad})),
     ?E(maps:fold(fun(_, _, A) -> A end, 0, [0 | a])),
     ?E(maps:filtermap(fun(K, V) -> {K, V} end, {b, 2, x})),
     big()}.

walk(none) -> [];
walk({K, V, I}) -> [{K, V} | walk(maps:next(I))].

%% Over 32 keys the order is the VM's own: compare sorted.
big() ->
    M = maps:from_list([{I, -I} || I <- lists:seq(1, 200)]),
    W = walk(maps:next(maps:iterator(M))),
    {length(W), lists:sort(W) =:= lists:sort(maps:to_list(M)),
     lists:sum(maps:fold(fun(K, V, A) -> [K + V | A] end, [], M)),
     maps:size(maps:filter(fun(K, _) -> K rem 2 =:= 0 end, M))}.
