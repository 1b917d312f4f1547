-module(lib_lists_sort).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    Rand = pseudo(2000, 12345, []),
    {lists:sort(?MODULE:id([])), lists:sort([b]), lists:sort([b, a]), lists:sort([a, b]),
     lists:sort([3, 1, 2]), lists:sort([c, b, a, d]), lists:sort(lists:seq(10, 1, -1)),
     lists:sort([{b, 1}, {a, 2}, "str", <<"bin">>, 1.5, 7, atom, [], {}]),
     lists:sort(fun(A, B) -> A >= B end, [3, 1, 4, 1, 5, 9, 2, 6]),
     lists:sort(fun({_, A}, {_, B}) -> A =< B end, [{x, 2}, {y, 1}, {z, 2}, {w, 1}]),
     lists:sort(fun({_, A}, {_, B}) -> A < B end, [{x, 2}, {y, 1}, {z, 2}, {w, 1}]),
     lists:usort(fun(A, B) -> A >= B end, [3, 1, 4, 1, 5, 9, 2, 6]),
     lists:usort(fun({A, _}, {B, _}) -> A =< B end, [{b, 1}, {a, 2}, {b, 3}, {a, 4}]),
     ?E(lists:sort(a)), ?E(lists:sort([b | a])), ?E(lists:sort([c, b | a])),
     ?E(lists:sort(fun(A, B) -> A =< B end, a)), ?E(lists:sort(3, [a, b])), ?E(lists:sort(3, [])),
     ?E(lists:usort(a)), ?E(lists:usort(3, [a, b])), ?E(lists:usort(fun(A, B) -> A =< B end, true)),
     big(Rand)}.

big(Rand) ->
    S = lists:sort(Rand),
    F = lists:sort(fun(A, B) -> A > B end, Rand),
    U = lists:usort(Rand),
    K = lists:keysort(2, [{X, X rem 10} || X <- Rand]),
    {length(S), lists:sublist(S, 10), erlang:phash2(S), erlang:phash2(F), length(U),
     erlang:phash2(U), erlang:phash2(K), ordered(S), lists:sort(S) =:= S,
     lists:sort(lists:reverse(S)) =:= S, lists:merge(lists:sublist(S, 500), lists:nthtail(500, S)),
     lists:umerge(U, U) =:= U}.

ordered([A, B | T]) when A =< B -> ordered([B | T]);
ordered([_, _ | _]) -> false;
ordered(_) -> true.

pseudo(0, _, Acc) -> Acc;
pseudo(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    pseudo(N - 1, S1, [S1 rem 1000 | Acc]).
