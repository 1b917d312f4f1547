-module(map_iter).
-export([start/0, id/1]).

id(X) -> X.

msort([]) -> [];
msort([X]) -> [X];
msort(L) -> {A, B} = halve(L, [], []), merge(msort(A), msort(B)).
halve([], A, B) -> {A, B};
halve([X | T], A, B) -> halve(T, [X | B], A).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

mmap(F, M) -> maps:from_list([{K, F(K, V)} || {K, V} <- maps:to_list(M)]).
mfilter(P, M) -> maps:from_list([{K, V} || {K, V} <- maps:to_list(M), P(K, V)]).
mfold(F, Acc, M) -> fold(F, Acc, msort(maps:to_list(M))).
fold(_, Acc, []) -> Acc;
fold(F, Acc, [{K, V} | T]) -> fold(F, F(K, V, Acc), T).

start() ->
    Small = ?MODULE:id(#{a => 1, b => 2, c => 3, d => 4}),
    Big = maps:from_list([{I, I * I} || I <- seq(1, 2000)]),
    [
     mmap(fun(_, V) -> V * 10 end, Small),
     mfilter(fun(_, V) -> V rem 2 =:= 0 end, Small),
     mfold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], Small),
     maps:to_list(Small), maps:keys(Small), maps:values(Small),
     map_size(mmap(fun(K, V) -> K + V end, Big)),
     mfold(fun(_, V, Acc) -> Acc + V end, 0, Big),
     map_size(mfilter(fun(K, _) -> K rem 7 =:= 0 end, Big)),
     msort(maps:keys(mfilter(fun(K, _) -> K rem 500 =:= 0 end, Big))),
     msort(maps:values(mfilter(fun(K, _) -> K > 1995 end, Big))),
     maps:get(1999, mmap(fun(K, V) -> V - K end, Big)),
     mfold(fun(K, _, Acc) -> max(K, Acc) end, 0, Big),
     [K || {K, V} <- msort(maps:to_list(Big)), V =:= 1024]
    ].
