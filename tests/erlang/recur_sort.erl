-module(recur_sort).
-export([start/0, id/1]).

id(X) -> X.

%% pseudo random LCG
rand_list(0, _, Acc) -> Acc;
rand_list(N, S, Acc) ->
    S2 = (S * 1103515245 + 12345) rem 2147483648,
    rand_list(N - 1, S2, [S2 rem 100000 | Acc]).

qsort([]) -> [];
qsort([P | T]) ->
    {L, G} = partition(P, T, [], []),
    qsort(L) ++ [P | qsort(G)].
partition(_, [], L, G) -> {L, G};
partition(P, [H | T], L, G) when H < P -> partition(P, T, [H | L], G);
partition(P, [H | T], L, G) -> partition(P, T, L, [H | G]).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = split(L, length(L) div 2, []),
    merge(msort(A), msort(B), []).
split(L, 0, Acc) -> {lists:reverse(Acc), L};
split([H | T], N, Acc) -> split(T, N - 1, [H | Acc]).
merge([], B, Acc) -> lists:reverse(Acc, B);
merge(A, [], Acc) -> lists:reverse(Acc, A);
merge([X | A], [Y | _] = B, Acc) when X =< Y -> merge(A, B, [X | Acc]);
merge(A, [Y | B], Acc) -> merge(A, B, [Y | Acc]).

isort(L) -> isort(L, []).
isort([], Acc) -> Acc;
isort([H | T], Acc) -> isort(T, ins(H, Acc)).
ins(X, [H | T]) when X > H -> [H | ins(X, T)];
ins(X, L) -> [X | L].

%% bottom-up heap sort on a tuple-based heap would be long; use a leftist heap
hinsert(X, H) -> hmerge({1, X, nil, nil}, H).
hmerge(nil, H) -> H;
hmerge(H, nil) -> H;
hmerge({_, X, L1, R1}, {_, Y, _, _} = H2) when X =< Y -> mk(X, L1, hmerge(R1, H2));
hmerge(H1, H2) -> hmerge(H2, H1).
rank(nil) -> 0;
rank({R, _, _, _}) -> R.
mk(X, A, B) ->
    case rank(A) >= rank(B) of
        true -> {rank(B) + 1, X, A, B};
        false -> {rank(A) + 1, X, B, A}
    end.
hsort(L) -> drain(build_heap(L, nil), []).
build_heap([], H) -> H;
build_heap([X | T], H) -> build_heap(T, hinsert(X, H)).
drain(nil, Acc) -> lists:reverse(Acc);
drain({_, X, L, R}, Acc) -> drain(hmerge(L, R), [X | Acc]).

sorted([]) -> true;
sorted([_]) -> true;
sorted([A, B | T]) when A =< B -> sorted([B | T]);
sorted(_) -> false.

sum([], A) -> A;
sum([H | T], A) -> sum(T, A + H).

nth(1, [H | _]) -> H;
nth(N, [_ | T]) -> nth(N - 1, T).

usort(L) -> dedup(msort(L)).
dedup([A, A | T]) -> dedup([A | T]);
dedup([A | T]) -> [A | dedup(T)];
dedup([]) -> [].

start() ->
    L = rand_list(?MODULE:id(10000), 42, []),
    Q = qsort(L),
    M = msort(L),
    H = hsort(L),
    I = isort(rand_list(?MODULE:id(1000), 7, [])),
    [
     length(Q), sorted(Q), Q =:= M, M =:= H,
     sum(Q, 0) =:= sum(L, 0),
     nth(1, Q), nth(5000, Q), nth(10000, Q),
     sorted(I), length(I), nth(500, I),
     length(usort(L)),
     msort(?MODULE:id([b, 3, "s", 1.5, {x}, a, 2, [], <<"b">>, #{}])),
     qsort(?MODULE:id([3, 1, 2, 3, 1, 2])),
     msort(?MODULE:id([{2, a}, {1, b}, {2, c}, {1, d}])),
     qsort(lists:reverse(qsort(rand_list(2000, 1, [])))) =:= msort(rand_list(2000, 1, []))
    ].
