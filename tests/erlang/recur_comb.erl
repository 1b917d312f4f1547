-module(recur_comb).
-export([start/0, id/1]).

id(X) -> X.

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

combs(0, _) -> [[]];
combs(_, []) -> [];
combs(K, [H | T]) -> [[H | C] || C <- combs(K - 1, T)] ++ combs(K, T).

powerset([]) -> [[]];
powerset([H | T]) -> P = powerset(T), [[H | S] || S <- P] ++ P.

partitions(0, _) -> [[]];
partitions(N, M) -> [[K | P] || K <- seqd(min(N, M)), P <- partitions(N - K, K)].

seqd(0) -> [];
seqd(N) -> [N | seqd(N - 1)].

change(0, _) -> 1;
change(_, []) -> 0;
change(A, _) when A < 0 -> 0;
change(A, [C | Cs] = All) -> change(A - C, All) + change(A, Cs).

subset_sum(_, 0) -> true;
subset_sum([], _) -> false;
subset_sum([H | T], S) -> subset_sum(T, S - H) orelse subset_sum(T, S).

start() ->
    [
     perms(?MODULE:id([1, 2, 3])),
     length(perms(?MODULE:id([1, 2, 3, 4, 5, 6, 7]))),
     combs(2, ?MODULE:id([a, b, c, d])),
     length(combs(5, seqd(?MODULE:id(15)))),
     powerset(?MODULE:id([x, y, z])),
     length(powerset(seqd(?MODULE:id(14)))),
     partitions(?MODULE:id(6), 6),
     length(partitions(?MODULE:id(25), 25)),
     change(?MODULE:id(100), [50, 25, 10, 5, 1]),
     subset_sum(?MODULE:id([3, 34, 4, 12, 5, 2]), 9),
     subset_sum(?MODULE:id([3, 34, 4, 12, 5, 2]), 30)
    ].
