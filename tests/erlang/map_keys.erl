-module(map_keys).
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

start() ->
    Keys = ?MODULE:id([0, 1, -1, 1.0, -1.0, 0.0, 1 bsl 64, -(1 bsl 64), 1.0e300,
                       a, '', true, [], [a], "str", {}, {a}, {a, b}, <<>>, <<1>>, <<1:3>>,
                       #{}, #{a => 1}, [1 | 2], {[], #{}}, 3.14]),
    M = maps:from_list([{K, N} || {K, N} <- number(Keys, 1)]),
    [
     map_size(M),
     length(Keys),
     [maps:get(K, M) || K <- Keys],
     [maps:is_key(K, M) || K <- ?MODULE:id([2, 2.0, b, {b}, <<2>>, [b], #{b => 1}])],
     maps:get(1 bsl 64, M), maps:get(-(1 bsl 64), M),
     maps:find(18446744073709551616.0, M),
     maps:get(<<1:3>>, M),
     maps:find(<<1:4>>, M),
     maps:get(#{a => 1}, M),
     maps:find(#{a => 1.0}, M),
     maps:get([1 | 2], M),
     maps:keys(M),
     msort(maps:keys(M)),
     maps:values(M),
     M =:= maps:from_list(lists:reverse([{K, N} || {K, N} <- number(Keys, 1)])),
     maps:get(0, M), maps:get(0.0, M),
     maps:get(-1, M), maps:get(-1.0, M),
     map_size(#{?MODULE:id(0.0) => a, ?MODULE:id(-0.0) => b}),
     big_keys()
    ].

number([], _) -> [];
number([H | T], N) -> [{H, N} | number(T, N + 1)].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

big_keys() ->
    L = seq(1, 300),
    M = maps:from_list([{{k, K}, K} || K <- L] ++ [{integer_to_binary(K), K} || K <- L] ++
                       [{K + 0.5, K} || K <- L] ++ [{[K], K} || K <- L]),
    {map_size(M), maps:get({k, 150}, M), maps:get(<<"299">>, M), maps:get(10.5, M),
     maps:get([7], M), maps:find(10, M), maps:find(<<"301">>, M),
     first_n(6, msort(maps:keys(M)))}.

first_n(0, _) -> [];
first_n(_, []) -> [];
first_n(N, [H | T]) -> [H | first_n(N - 1, T)].
