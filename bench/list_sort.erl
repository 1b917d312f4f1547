%% Merge sort (written here: no lists:sort yet) of N pseudo-random integers.
-module(list_sort).
-export([start/0, run/1]).

start() -> run(200000).

run(N) ->
    L = rand_list(N, 42, []),
    S = msort(L),
    {length(S), sorted(S), check(S, 0)}.

%% Park-Miller: stays a small integer on 64-bit builds.
rand_list(0, _, Acc) -> Acc;
rand_list(N, X, Acc) ->
    X1 = (X * 16807) rem 2147483647,
    rand_list(N - 1, X1, [X1 rem 1000000 | Acc]).

%% Bottom-up merge sort: make runs of two, then merge pairs of runs until one is left.
msort([]) -> [];
msort(L) -> merge_all(pairs(L, [])).

pairs([A, B | T], Acc) when A =< B -> pairs(T, [[A, B] | Acc]);
pairs([A, B | T], Acc) -> pairs(T, [[B, A] | Acc]);
pairs([A], Acc) -> [[A] | Acc];
pairs([], Acc) -> Acc.

merge_all([R]) -> R;
merge_all(Rs) -> merge_all(merge_pairs(Rs, [])).

merge_pairs([A, B | T], Acc) -> merge_pairs(T, [merge(A, B, []) | Acc]);
merge_pairs([A], Acc) -> [A | Acc];
merge_pairs([], Acc) -> Acc.

merge([X | Xs] = L1, [Y | Ys] = L2, Acc) ->
    if
        X =< Y -> merge(Xs, L2, [X | Acc]);
        true -> merge(L1, Ys, [Y | Acc])
    end;
merge([], L2, Acc) -> lists:reverse(Acc, L2);
merge(L1, [], Acc) -> lists:reverse(Acc, L1).

sorted([A, B | T]) when A =< B -> sorted([B | T]);
sorted([_, _ | _]) -> false;
sorted(_) -> true.

check([], C) -> C;
check([X | T], C) -> check(T, (C * 31 + X) band 16#FFFFFFF).
