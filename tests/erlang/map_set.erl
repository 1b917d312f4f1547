-module(map_set).
-export([start/0, id/1]).

%% sets implemented with maps (keys => true)

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

from_list(L) -> maps:from_keys(L, true).
to_list(S) -> msort(maps:keys(S)).
union(A, B) -> maps:merge(A, B).
intersection(A, B) -> maps:from_keys([K || K <- maps:keys(A), maps:is_key(K, B)], true).
difference(A, B) -> maps:from_keys([K || K <- maps:keys(A), not maps:is_key(K, B)], true).
is_subset(A, B) -> [K || K <- maps:keys(A), not maps:is_key(K, B)] =:= [].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    A = from_list(?MODULE:id([1, 2, 3, 4, 5, a, b])),
    B = from_list(?MODULE:id([4, 5, 6, 7, b, c, 4.0])),
    Evens = from_list([X || X <- seq(1, 1000), X rem 2 =:= 0]),
    Threes = from_list([X || X <- seq(1, 1000), X rem 3 =:= 0]),
    [
     to_list(union(A, B)),
     to_list(intersection(A, B)),
     to_list(difference(A, B)),
     to_list(difference(B, A)),
     is_subset(from_list([1, 2]), A), is_subset(A, B), is_subset(#{}, A),
     map_size(union(Evens, Threes)),
     map_size(intersection(Evens, Threes)),
     lists:reverse(to_list(intersection(Evens, Threes))) -- seq(1, 950),
     map_size(difference(Evens, Threes)),
     union(A, A) =:= A,
     intersection(A, #{}) =:= #{},
     maps:is_key(4.0, B), maps:is_key(4, B), map_size(B)
    ].
