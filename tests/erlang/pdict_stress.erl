-module(pdict_stress).
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

fill([]) -> ok;
fill([K | T]) -> put(K, K * K), fill(T).

sum_gets([], Acc) -> Acc;
sum_gets([K | T], Acc) -> sum_gets(T, Acc + get(K)).

erase_all([]) -> ok;
erase_all([K | T]) -> erase(K), erase_all(T).

counter(_, 0) -> ok;
counter(K, N) -> put(K, get(K) + 1), counter(K, N - 1).

fib(N) when N < 2 -> N;
fib(N) ->
    case get({fib, N}) of
        undefined -> V = fib(N - 1) + fib(N - 2), put({fib, N}, V), V;
        V -> V
    end.

start() ->
    Saved = erase(),
    R = try run() after erase(), restore(Saved) end,
    R.

run() ->
    Ks = seq(1, ?MODULE:id(10000)),
    fill(Ks),
    S1 = sum_gets(Ks, 0),
    N1 = length(get_keys()),
    Keys = msort(get_keys()),
    First = [get(K) || K <- [1, 2, 5000, 10000, 10001]],
    erase_all(seq(1, 9990)),
    Rest = msort(get()),
    put(cnt, 0),
    counter(cnt, ?MODULE:id(100000)),
    Cnt = get(cnt),
    erase(),
    Fib = fib(?MODULE:id(200)),
    NF = length(get_keys()),
    FK = msort(get_keys(fib(10))),
    erase(),
    [S1, N1, length(Keys), hd(Keys), lists:reverse(Keys) =:= lists:reverse(seq(1, 10000)),
     First, Rest, Cnt, Fib, NF, FK, get()].
