-module(pdict_state).
-export([start/0, id/1]).

%% process dictionary used as mutable state in algorithms

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

restore([]) -> ok;
restore([{K, V} | T]) -> put(K, V), restore(T).

start() ->
    Saved = erase(),
    R = try run() after erase(), restore(Saved) end,
    R.

%% union-find in the pdict
find(X) ->
    case get({parent, X}) of
        undefined -> X;
        X -> X;
        P -> R = find(P), put({parent, X}, R), R
    end.
union(A, B) ->
    RA = find(A), RB = find(B),
    case RA =:= RB of
        true -> ok;
        false -> put({parent, RA}, RB), ok
    end.

%% word frequency
count([]) -> ok;
count([W | T]) ->
    case get({w, W}) of
        undefined -> put({w, W}, 1);
        N -> put({w, W}, N + 1)
    end,
    count(T).

%% stack
push(X) -> put(stack, [X | stack()]).
pop() -> [H | T] = stack(), put(stack, T), H.
stack() -> case get(stack) of undefined -> []; S -> S end.

start_edges() -> ?MODULE:id([{1, 2}, {3, 4}, {2, 3}, {5, 6}, {7, 7}, {8, 5}, {10, 9}]).

run() ->
    [union(A, B) || {A, B} <- start_edges()],
    Groups = msort([{find(X), X} || X <- seq(1, 10)]),
    Comp = length(dedup([R || {R, _} <- Groups])),
    erase(),
    count(?MODULE:id([b, a, c, a, b, a, d])),
    Freq = msort([{W, N} || {{w, W}, N} <- get()]),
    erase(),
    push(1), push(2), push(3),
    P1 = pop(), push(4),
    St = stack(),
    P2 = pop(), P3 = pop(), P4 = pop(),
    Empty = stack(),
    [Groups, Comp, Freq, P1, St, [P2, P3, P4], Empty, msort(erase())].

dedup([A, A | T]) -> dedup([A | T]);
dedup([A | T]) -> [A | dedup(T)];
dedup([]) -> [].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
