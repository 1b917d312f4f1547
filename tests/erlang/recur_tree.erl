-module(recur_tree).
-export([start/0, id/1]).

id(X) -> X.

insert(K, V, nil) -> {K, V, nil, nil};
insert(K, V, {K2, V2, L, R}) when K < K2 -> {K2, V2, insert(K, V, L), R};
insert(K, V, {K2, V2, L, R}) when K > K2 -> {K2, V2, L, insert(K, V, R)};
insert(K, V, {K, _, L, R}) -> {K, V, L, R}.

lookup(_, nil) -> none;
lookup(K, {K, V, _, _}) -> {value, V};
lookup(K, {K2, _, L, _}) when K < K2 -> lookup(K, L);
lookup(K, {_, _, _, R}) -> lookup(K, R).

inorder(nil, Acc) -> Acc;
inorder({K, V, L, R}, Acc) -> inorder(L, [{K, V} | inorder(R, Acc)]).

height(nil) -> 0;
height({_, _, L, R}) -> 1 + max(height(L), height(R)).

tsize(nil) -> 0;
tsize({_, _, L, R}) -> 1 + tsize(L) + tsize(R).

delete_min({K, V, nil, R}) -> {K, V, R};
delete_min({K, V, L, R}) -> {K2, V2, L2} = delete_min(L), {K2, V2, {K, V, L2, R}}.

delete(_, nil) -> nil;
delete(K, {K2, V, L, R}) when K < K2 -> {K2, V, delete(K, L), R};
delete(K, {K2, V, L, R}) when K > K2 -> {K2, V, L, delete(K, R)};
delete(_, {_, _, nil, R}) -> R;
delete(_, {_, _, L, nil}) -> L;
delete(_, {_, _, L, R}) -> {K3, V3, R2} = delete_min(R), {K3, V3, L, R2}.

fold(_, Acc, nil) -> Acc;
fold(F, Acc, {K, V, L, R}) -> fold(F, F(K, V, fold(F, Acc, L)), R).

keys(N, S, Acc) when N =:= 0 -> {Acc, S};
keys(N, S, Acc) -> S2 = (S * 75 + 74) rem 65537, keys(N - 1, S2, [S2 | Acc]).

build([], T) -> T;
build([K | Ks], T) -> build(Ks, insert(K, K * 2, T)).

start() ->
    {Ks, _} = keys(?MODULE:id(5000), 1, []),
    T = build(Ks, nil),
    T2 = build(lists:reverse(Ks), nil),
    Small = build(?MODULE:id([5, 3, 8, 1, 4, 7, 9, 2, 6]), nil),
    D = delete(5, delete(1, delete(9, Small))),
    [
     tsize(T), height(T) < 40, lookup(hd(Ks), T), lookup(-1, T),
     inorder(T, []) =:= inorder(T2, []),
     length(inorder(T, [])),
     fold(fun(K, _, A) -> A + K end, 0, T),
     inorder(Small, []), height(Small),
     inorder(D, []), D,
     fold(fun(K, V, A) -> [{V, K} | A] end, [], Small),
     height(build([X || X <- lists:reverse(seq(1, 2000))], nil))
    ].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
