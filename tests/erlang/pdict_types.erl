-module(pdict_types).
-export([start/0, id/1]).

id(X) -> X.

isort([]) -> [];
isort([H | T]) -> ins(H, isort(T)).
ins(X, [H | T]) when X > H -> [H | ins(X, T)];
ins(X, L) -> [X | L].

restore([]) -> ok;
restore([{K, V} | T]) -> put(K, V), restore(T).

start() ->
    Saved = erase(),
    R = try run() after erase(), restore(Saved) end,
    R.

run() ->
    Keys = ?MODULE:id([0, -1, 1 bsl 70, 2.5, atom, '', [], [1, 2], {}, {a, {b}}, <<>>, <<1:3>>,
                       <<"long binary key that is more than sixty four bytes long ..........">>,
                       #{}, #{k => v}, [a | b], true]),
    Vals = [{v, I} || I <- seq(1, length(Keys))],
    Olds = [put(K, V) || {K, V} <- zip(Keys, Vals)],
    Gets = [get(K) || K <- Keys],
    Olds2 = [put(K, replaced) || K <- Keys],
    Misses = [get(K) || K <- ?MODULE:id([1, -1.0, 2.50001, 'Atom', [1], {a}, <<0>>, #{k => w}, [a | c]])],
    N = length(get()),
    Erased = [erase(K) || K <- Keys],
    [
     Olds, Gets =:= Vals, Olds2 =:= Vals, Misses, N, Erased,
     get(), get_keys(),
     put(big, ?MODULE:id(list_to_tuple(seq(1, 1000)))),
     tuple_size(get(big)),
     element(500, get(big)),
     tuple_size(put(big, small)), get(big),
     isort(erase()),
     put(2, two), put(2.0, twof), isort([{K, V} || {K, V} <- get(), is_integer(K)]),
     get(2), get(2.0),
     erase(2), get(2.0), get(2),
     isort(erase())
    ].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip([], []) -> [].
