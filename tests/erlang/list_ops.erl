-module(list_ops).
-export([start/0, id/1]).

id(X) -> X.

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

filter(_, []) -> [];
filter(P, [H | T]) -> case P(H) of true -> [H | filter(P, T)]; false -> filter(P, T) end.

foldl(_, Acc, []) -> Acc;
foldl(F, Acc, [H | T]) -> foldl(F, F(H, Acc), T).

foldr(_, Acc, []) -> Acc;
foldr(F, Acc, [H | T]) -> F(H, foldr(F, Acc, T)).

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

unzip(L) -> {[A || {A, _} <- L], [B || {_, B} <- L]}.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

nth(1, [H | _]) -> H;
nth(N, [_ | T]) -> nth(N - 1, T).

sublist(_, 0) -> [];
sublist([], _) -> [];
sublist([H | T], N) -> [H | sublist(T, N - 1)].

split(0, L, Acc) -> {lists:reverse(Acc), L};
split(N, [H | T], Acc) -> split(N - 1, T, [H | Acc]).

dedup([A, A | T]) -> dedup([A | T]);
dedup([A | T]) -> [A | dedup(T)];
dedup([]) -> [].

flatmap(F, L) -> foldr(fun(X, Acc) -> F(X) ++ Acc end, [], L).

takewhile(P, [H | T]) -> case P(H) of true -> [H | takewhile(P, T)]; false -> [] end;
takewhile(_, []) -> [].

all(P, L) -> filter(fun(X) -> not P(X) end, L) =:= [].
any(P, L) -> filter(P, L) =/= [].

max_l([H | T]) -> foldl(fun erlang:max/2, H, T).
min_l([H | T]) -> foldl(fun erlang:min/2, H, T).

start() ->
    L = seq(1, ?MODULE:id(20)),
    [
     map(fun(X) -> X * X end, L),
     filter(fun(X) -> X rem 3 =:= 0 end, L),
     foldl(fun(X, A) -> X + A end, 0, L),
     foldl(fun(X, A) -> [X | A] end, [], L),
     foldr(fun(X, A) -> [X | A] end, [], L),
     foldl(fun(X, A) -> A * X end, 1, L),
     zip(L, ?MODULE:id([a, b, c])),
     unzip(zip(L, map(fun(X) -> -X end, L))),
     nth(7, L),
     sublist(L, 5), sublist(L, 100),
     split(5, L, []),
     dedup(?MODULE:id([1, 1, 2, 3, 3, 3, 1, 2, 2])),
     flatmap(fun(X) -> [X, X] end, ?MODULE:id([a, b, c])),
     takewhile(fun(X) -> X < 5 end, L),
     all(fun is_integer/1, L), any(fun is_atom/1, L),
     max_l(?MODULE:id([3, 1.5, 7, -2, 6.9])),
     min_l(?MODULE:id([3, 1.5, 7, -2, 6.9])),
     max_l(?MODULE:id([1, 1.0])), max_l(?MODULE:id([1.0, 1])),
     min_l(?MODULE:id([a, 1, [], {}, "x", <<>>])),
     max_l(?MODULE:id([a, 1, [], {}, "x", <<>>])),
     foldl(fun(X, A) -> A + X end, 0, seq(1, 100000)),
     length(map(fun(X) -> {X} end, seq(1, 50000)))
    ].
