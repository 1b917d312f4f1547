-module(map_big).
-export([start/0, id/1]).

id(X) -> X.

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = halve(L, [], []),
    merge(msort(A), msort(B)).
halve([], A, B) -> {A, B};
halve([X | T], A, B) -> halve(T, [X | B], A).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

seq(A, B) -> seq(B, A, []).
seq(B, A, Acc) when B < A -> Acc;
seq(B, A, Acc) -> seq(B - 1, A, [B | Acc]).

build([], M) -> M;
build([K | T], M) -> build(T, M#{K => K * 2}).

sumv([], Acc) -> Acc;
sumv([V | T], Acc) -> sumv(T, Acc + V).

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

getall([], _, Acc) -> Acc;
getall([K | T], M, Acc) -> getall(T, M, Acc + maps:get(K, M)).

upd([], M) -> M;
upd([K | T], M) -> upd(T, M#{K := -K}).

rem_all([], M) -> M;
rem_all([K | T], M) -> rem_all(T, maps:remove(K, M)).

info(M) ->
    L = msort(maps:to_list(M)),
    {map_size(M), sumv(maps:values(M), 0), take(5, L), take(3, lists:reverse(L))}.

start() ->
    M33 = build(seq(1, ?MODULE:id(33)), #{}),
    M32 = build(seq(1, ?MODULE:id(32)), #{}),
    M100 = build(seq(1, ?MODULE:id(100)), #{}),
    M1k = build(seq(1, ?MODULE:id(1000)), #{}),
    M100k = build(seq(1, ?MODULE:id(100000)), #{}),
    [
     M32,
     info(M32), info(M33), info(M100), info(M1k), info(M100k),
     maps:remove(33, M33) =:= M32,
     maps:remove(33, M33) == M32,
     maps:put(33, 66, M32) =:= M33,
     map_size(maps:remove(1, M33)),
     info(maps:remove(1, M33)),
     getall(seq(1, 100000), M100k, 0),
     info(upd(seq(1, 500), M1k)),
     info(rem_all(seq(1, 99990), M100k)),
     map_size(rem_all(seq(1, 100000), M100k)),
     rem_all(seq(1, 100000), M100k) =:= #{},
     info(maps:merge(M1k, build(seq(900, 1100), #{}))),
     maps:find(77777, M100k), maps:find(100001, M100k),
     maps:is_key(500, M1k), is_map_key(1001, M1k),
     msort(maps:keys(maps:from_list([{K, x} || K <- seq(1, 40)]))) =:= seq(1, 40),
     info(maps:from_keys(seq(1, 50), 1)),
     info(maps:from_list([{K rem 40, K} || K <- seq(1, 200)])),
     take(4, msort(maps:keys(M100))),
     M33 =:= build(lists:reverse(seq(1, 33)), #{}),
     M1k =:= build(lists:reverse(seq(1, 1000)), #{}),
     M1k == maps:from_list([{K, K * 2.0} || K <- seq(1, 1000)]),
     M1k =:= maps:from_list([{K, K * 2.0} || K <- seq(1, 1000)]),
     maps:take(10, M33) =:= {20, maps:remove(10, M33)},
     element(1, maps:take(10, M100k))
    ].
