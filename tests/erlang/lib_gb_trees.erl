-module(lib_gb_trees).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    Seq = lists:foldl(fun(K, T) -> gb_trees:insert(K, K * 10, T) end, gb_trees:empty(),
                      ?MODULE:id(lists:seq(1, 40))),
    Rand = lists:foldl(fun(K, T) -> gb_trees:enter(K, v, T) end, gb_trees:empty(), pseudo(300, 7, [])),
    T = gb_trees:from_orddict([{K, K} || K <- lists:seq(1, 7)]),
    {Seq, erlang:phash2(Rand), gb_trees:size(Rand), T, [gb_trees:from_orddict([{K, v} || K <- lists:seq(1, N)]) || N <- lists:seq(0, 9)],
     gb_trees:balance(Seq), gb_trees:delete(4, T), gb_trees:delete(2, T), gb_trees:delete_any(9, T),
     gb_trees:take(4, T), gb_trees:take_any(9, T), gb_trees:take_smallest(T), gb_trees:take_largest(T),
     gb_trees:lookup(4, T), gb_trees:lookup(4.0, T), gb_trees:lookup(9, T), gb_trees:get(5, T),
     gb_trees:is_defined(3, T), gb_trees:is_defined(9, T), gb_trees:is_empty(T), gb_trees:is_empty(gb_trees:empty()),
     gb_trees:update(4.0, y, T), gb_trees:enter(4.0, y, T), gb_trees:enter(8, y, T),
     gb_trees:keys(T), gb_trees:values(T), gb_trees:to_list(T), gb_trees:smallest(T), gb_trees:largest(T),
     gb_trees:map(fun(K, V) -> K + V end, T), gb_trees:iterator(T), walk(gb_trees:iterator(T)),
     walk(gb_trees:iterator_from(3, T)), walk(gb_trees:iterator_from(3.5, T)), gb_trees:next([]),
     errors(T)}.

walk(I) ->
    case gb_trees:next(I) of
        none -> [];
        {K, V, I1} -> [{K, V} | walk(I1)]
    end.

errors(T) ->
    {?E(gb_trees:delete(9, T)), ?E(gb_trees:take(9, T)), ?E(gb_trees:get(9, T)), ?E(gb_trees:update(9, x, T)),
     ?E(gb_trees:insert(4, x, T)), ?E(gb_trees:insert(4.0, x, T)), ?E(gb_trees:smallest(gb_trees:empty())),
     ?E(gb_trees:take_smallest(gb_trees:empty())), ?E(gb_trees:size(x)), ?E(gb_trees:lookup(1, x)),
     gb_trees:is_empty(x), ?E(gb_trees:enter(1, 2, x)), ?E(gb_trees:iterator(x)), ?E(gb_trees:next(x)),
     ?E(gb_trees:map(x, T)), ?E(gb_trees:from_orddict("abc"))}.

pseudo(0, _, Acc) -> Acc;
pseudo(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    pseudo(N - 1, S1, [S1 rem 500 | Acc]).
