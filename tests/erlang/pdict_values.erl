-module(pdict_values).
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

restore([]) -> ok;
restore([{K, V} | T]) -> put(K, V), restore(T).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Saved = erase(),
    R = try run() after erase(), restore(Saved) end,
    R.

run() ->
    [put(K, K rem 3) || K <- seq(1, 300)],
    [put({t, K}, {val, K rem 2}) || K <- seq(1, 20)],
    put(f1, 1.0), put(f2, 1),
    R1 = [length(get_keys(V)) || V <- [0, 1, 2, 3]],
    R2 = msort(get_keys({val, 1})),
    R3 = msort(get_keys(1)),
    R3b = length(R3),
    R4 = msort(get_keys(1.0)),
    [erase(K) || K <- seq(1, 300), K rem 3 =:= 0],
    R5 = length(get_keys(0)),
    R6 = length(get()),
    Big = binary:copy(?MODULE:id(<<"v">>), 1000),
    put(bin, Big),
    R7 = byte_size(get(bin)),
    R8 = get_keys(Big),
    All = msort(erase()),
    [R1, R2, lists:member(f2, R3), lists:member(f1, R3), R3b, R4, R5, R6, R7, R8, length(All), get()].
