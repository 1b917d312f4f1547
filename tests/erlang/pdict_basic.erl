-module(pdict_basic).
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
    [
     get(), get_keys(),
     put(a, 1), put(a, 2), get(a),
     put(b, 2), put({tuple, key}, [list, value]), put("string", <<"bin">>), put(1, one), put(1.0, onef),
     get(b), get({tuple, key}), get("string"), get(1), get(1.0), get(missing),
     isort(get()),
     isort([{K, is_integer(K)} || K <- get_keys()]),
     isort(get_keys(2)),
     get_keys(nothing_has_this),
     erase(a), erase(a), get(a),
     erase(missing),
     isort([{K, is_integer(K)} || K <- get_keys()]),
     put(b, undefined), get(b), isort(get_keys(undefined)),
     isort(erase()),
     get(), get_keys(),
     put(x, ?MODULE:id(10)), put(x, get(x) + 1), get(x),
     erlang:put(y, z), erlang:get(y), erlang:erase(y), erlang:get(y),
     isort(erase())
    ].
