%% List work on N elements: map, foldl, reverse, zip, filter and list comprehensions,
%% with funs, all written here (no lists module beyond the BIFs yet).
-module(list_ops).
-export([start/0, run/1]).

start() -> run(1000000).

run(N) ->
    L = seq(1, N),
    M = map(fun(X) -> X * 3 end, L),
    Sum = foldl(fun(X, A) -> A + X end, 0, M),
    R = lists:reverse(M),
    Z = zip(L, R),
    P = [A * B rem 1000 || {A, B} <- Z, A rem 3 =:= 0],
    F = filter(fun(X) -> X band 1 =:= 0 end, P),
    Pairs = [{X, X + 1} || X <- F],
    Len = length(Pairs) + length(L ++ F),
    {Sum, length(P), foldl(fun({A, B}, Acc) -> (Acc + A * B) band 16#FFFFFFF end, 0, Pairs), Len}.

seq(A, B) -> seq(B, A, []).
seq(B, A, Acc) when B < A -> Acc;
seq(B, A, Acc) -> seq(B - 1, A, [B | Acc]).

map(F, [H | T]) -> [F(H) | map(F, T)];
map(_, []) -> [].

foldl(F, Acc, [H | T]) -> foldl(F, F(H, Acc), T);
foldl(_, Acc, []) -> Acc.

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip([], []) -> [].

filter(P, L) -> [X || X <- L, P(X)].
