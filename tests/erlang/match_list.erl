-module(match_list).
-export([start/0, id/1]).

id(X) -> X.

shape([]) -> empty;
shape([_]) -> one;
shape([_, _]) -> two;
shape([X, X | _]) -> starts_with_pair;
shape([_, _, _]) -> three;
shape([_ | T]) when length(T) > 0 -> {many, length(T) + 1};
shape([_ | _]) -> improper.

second([_, S | _]) -> {ok, S};
second(_) -> none.

last2([A, B]) -> {A, B};
last2([_ | T]) -> last2(T).

kv([{K, V} | _], K) -> V;
kv([_ | T], K) -> kv(T, K);
kv([], _) -> undefined.

zip3([A | As], [B | Bs], [C | Cs]) -> [{A, B, C} | zip3(As, Bs, Cs)];
zip3(_, _, _) -> [].

nested([[A, B], [C, D]]) -> A * D - B * C;
nested(_) -> not_2x2.

start() ->
    [
     [shape(?MODULE:id(L)) || L <- [[], [a], [a, b], [a, a, b], [a, b, c], [a, b, c, d], [a, b | c], [a | b]]],
     [second(?MODULE:id(L)) || L <- [[1, 2, 3], [1], [], [1 | 2], [1, 2 | 3]]],
     last2(?MODULE:id([1, 2, 3, 4, 5])),
     [kv(?MODULE:id([{a, 1}, {b, 2}, {a, 3}]), K) || K <- [a, b, c]],
     zip3(?MODULE:id([1, 2, 3]), ?MODULE:id([a, b]), ?MODULE:id("xyz")),
     nested(?MODULE:id([[1, 2], [3, 4]])), nested(?MODULE:id([[1, 2], [3]])),
     case ?MODULE:id([1, [2, [3, []]]]) of [X, [Y, [Z, []]]] -> X + Y + Z end,
     case ?MODULE:id("abc") of [$a | R] -> R end,
     case ?MODULE:id([{1, [a]}, {2, [b, c]}]) of [{_, [_]}, {N, [_, Q]}] -> {N, Q} end
    ].
