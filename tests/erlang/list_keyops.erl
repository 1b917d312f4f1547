-module(list_keyops).
-export([start/0, id/1]).

id(X) -> X.

keystore(K, N, L, New) ->
    case lists:keymember(K, N, L) of
        true -> keyreplace(K, N, L, New);
        false -> L ++ [New]
    end.
keyreplace(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keyreplace(K, N, [H | T], New) -> [H | keyreplace(K, N, T, New)];
keyreplace(_, _, [], _) -> [].

keydelete(K, N, [H | T]) when element(N, H) == K -> T;
keydelete(K, N, [H | T]) -> [H | keydelete(K, N, T)];
keydelete(_, _, []) -> [].

keysort(N, L) -> msort(fun(A, B) -> element(N, A) =< element(N, B) end, L).
msort(_, []) -> [];
msort(_, [X]) -> [X];
msort(F, L) -> {A, B} = split(L, [], []), merge(F, msort(F, A), msort(F, B)).
split([], A, B) -> {lists:reverse(A), lists:reverse(B)};
split([X], A, B) -> {lists:reverse([X | A]), lists:reverse(B)};
split([X, Y | T], A, B) -> split(T, [X | A], [Y | B]).
merge(_, [], B) -> B;
merge(_, A, []) -> A;
merge(F, [X | A], [Y | B]) ->
    case F(X, Y) of
        true -> [X | merge(F, A, [Y | B])];
        false -> [Y | merge(F, [X | A], B)]
    end.

start() ->
    L = ?MODULE:id([{b, 2, x}, {a, 1, y}, {c, 3, x}, {a, 4, z}]),
    [
     keystore(a, 1, L, {a, 0, new}),
     keystore(d, 1, L, {d, 9, new}),
     keydelete(a, 1, L),
     keydelete(x, 3, L),
     keydelete(q, 1, L),
     keysort(1, L), keysort(2, L), keysort(3, L),
     lists:keyfind(x, 3, L), lists:keysearch(z, 3, L), lists:keymember(4, 2, L),
     lists:keyfind(1.0, 2, L),
     keystore(1.0, 2, L, {float_key}),
     [K || {K, _, x} <- L],
     [lists:keyfind(K, 1, L) || K <- [a, b, c, d]]
    ].
