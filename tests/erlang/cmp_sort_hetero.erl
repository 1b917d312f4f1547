-module(cmp_sort_hetero).
-export([start/0, id/1]).

id(X) -> X.

msort(_, []) -> [];
msort(_, [X]) -> [X];
msort(Le, L) ->
    {A, B} = split(L, [], []),
    merge(Le, msort(Le, A), msort(Le, B)).

split([], A, B) -> {A, B};
split([H | T], A, B) -> split(T, B, [H | A]).

merge(_, [], B) -> B;
merge(_, A, []) -> A;
merge(Le, [X | A], [Y | B]) ->
    case Le(X, Y) of
        true -> [X | merge(Le, A, [Y | B])];
        false -> [Y | merge(Le, [X | A], B)]
    end.

start() ->
    L = ?MODULE:id([<<"b">>, "abc", [], {1, 2}, #{b => 1}, b, 3, 2.5, -1, {0}, [a | b], <<>>, 'A',
         {1, 1.0}, #{}, #{a => 2}, #{a => 1}, 1 bsl 70, -1.0e10, <<1:3>>, "ab", [b], {}, 1.0, 1,
         <<"a", 0>>, <<"a">>, [1, 2], [1 | 2], [[]], {[]}, {{}}, 'B', aa, a, 'é', 0.0, -0.0, 0]),
    Sorted = msort(fun(A, B) -> A =< B end, L),
    Rev = msort(fun(A, B) -> A >= B end, L),
    Strict = msort(fun(A, B) -> A < B end, L),
    Dedup = dedup(Sorted),
    Check = is_sorted(Sorted),
    Nums = msort(fun(A, B) -> A =< B end, ?MODULE:id([3, 1.0, 2, 1, 2.0, 0.5, -0.0, 0, 0.0, 1 bsl 64, 1.8446744073709552e19])),
    {Sorted, Rev, Strict, Dedup, Check, Nums}.

dedup([A, B | T]) when A == B -> dedup([A | T]);
dedup([A | T]) -> [A | dedup(T)];
dedup([]) -> [].

is_sorted([A, B | T]) -> A =< B andalso is_sorted([B | T]);
is_sorted(_) -> true.
