%% Maps with N keys: insert (map syntax and maps:put), look up (maps:get, map patterns,
%% maps:find), update (:=), iterate (maps:to_list; no maps:fold yet) and remove.
-module(map_ops).
-export([start/0, run/1]).

start() -> run(100000).

run(N) ->
    M1 = insert(0, N, #{}),
    G = lookup(0, N, M1, 0),
    M2 = update(0, N, M1),
    S = iterate(maps:to_list(M2), 0),
    M3 = remove(0, N, M2),
    {map_size(M1), G, S, map_size(M3), maps:get(key(N - 1), M3, none)}.

key(I) -> (I * 7919) rem 1000003.

insert(N, N, M) -> M;
insert(I, N, M) when I band 1 =:= 0 -> insert(I + 1, N, M#{key(I) => I});
insert(I, N, M) -> insert(I + 1, N, maps:put(key(I), I, M)).

lookup(N, N, _, Acc) -> Acc;
lookup(I, N, M, Acc) ->
    K = key(I),
    #{K := V} = M,
    {ok, V} = maps:find(K, M),
    lookup(I + 1, N, M, (Acc + maps:get(K, M) + V) band 16#FFFFFFF).

update(N, N, M) -> M;
update(I, N, M) ->
    K = key(I),
    #{K := V} = M,
    update(I + 1, N, M#{K := V * 2 + 1}).

%% Order-independent: OTP's iteration order of large maps is its own hash order.
iterate([{K, V} | T], Acc) -> iterate(T, (Acc + K * V) band 16#FFFFFFF);
iterate([], Acc) -> Acc.

remove(I, N, M) when I >= N -> M;
remove(I, N, M) -> remove(I + 2, N, maps:remove(key(I), M)).
