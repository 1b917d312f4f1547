-module(cmp_tuples_lists).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    TPairs = [{{}, {a}}, {{z}, {a, a}}, {{1, 2}, {1, 3}}, {{1, 2}, {1, 2}}, {{2}, {1, 1}},
              {{1, 2.0}, {1, 2}}, {{a, {b}}, {a, {c}}}, {{1, 2, 3}, {1, 2}}, {{b, a}, {a, b}}],
    T = [{cmp(?MODULE:id(A), B), A == B, A =:= B} || {A, B} <- TPairs],
    LPairs = [{[], [a]}, {[a], [a, a]}, {[a, b], [a, c]}, {[2], [1, 1]}, {"abc", "abd"},
              {"abc", "ab"}, {[1], [1.0]}, {[1 | 2], [1, 2]}, {[1 | a], [1 | b]}, {[1 | 2], [1 | 2.0]},
              {[a | b], [a]}, {[[]], []}, {[{}], [[]]}, {"", []}, {[1, 2, 3], [1, 2 | 3]}],
    L = [{cmp(?MODULE:id(A), B), A == B, A =:= B} || {A, B} <- LPairs],
    Deep = [cmp(?MODULE:id({[1, {2, [3]}]}), {[1, {2, [4]}]}), cmp(?MODULE:id([{1, 2}, {1}]), [{1, 2}, {2}])],
    Long = [cmp(?MODULE:id(mk(1000, 0)), mk(1000, 1)), cmp(?MODULE:id(mk(1000, 0)), mk(999, 5))],
    {T, L, Deep, Long}.

cmp(A, B) when A < B -> lt;
cmp(A, B) when A > B -> gt;
cmp(_, _) -> eq.

mk(0, Last) -> [Last];
mk(N, Last) -> [0 | mk(N - 1, Last)].
