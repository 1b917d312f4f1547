-module(lib_gb_sets).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    S = gb_sets:from_list(?MODULE:id([5, 1, 3, 2, 4])),
    Big = gb_sets:from_list(lists:seq(10, 40)),
    Seq = lists:foldl(fun gb_sets:add/2, gb_sets:new(), lists:seq(1, 30)),
    {S, Seq, gb_sets:from_list([3, 1, 1.0, 2]), gb_sets:from_ordset([1, 2, 3]), gb_sets:singleton(a),
     gb_sets:empty(), gb_sets:add(3, S), gb_sets:add(6, S), gb_sets:delete_any(9, S), gb_sets:delete(3, S),
     gb_sets:del_element(1, S), gb_sets:take_smallest(S), gb_sets:take_largest(S), gb_sets:balance(Seq),
     gb_sets:union(S, gb_sets:from_list([7, 8])), gb_sets:union(Big, S), gb_sets:union(S, Big),
     gb_sets:union(Big, gb_sets:from_list([1, 2.0, 20.0])), gb_sets:union(gb_sets:from_list([1, 20.0]), Big),
     gb_sets:union([S, gb_sets:singleton(9), gb_sets:singleton(0)]), gb_sets:union([]),
     gb_sets:intersection(S, gb_sets:from_list([2, 3, 9])), gb_sets:intersection(Big, gb_sets:from_list([2, 30.0])),
     gb_sets:intersection(gb_sets:from_list([1.0, 12.0]), Big), gb_sets:intersection([S, Big, S]),
     gb_sets:difference(S, gb_sets:from_list([2, 3, 9])), gb_sets:subtract(Big, S),
     gb_sets:filter(fun(X) -> X > 2 end, S), gb_sets:fold(fun(X, A) -> [X | A] end, [], S),
     gb_sets:is_set(S), gb_sets:is_set(x), gb_sets:is_subset(gb_sets:from_list([1, 2]), S),
     gb_sets:is_disjoint(gb_sets:from_list([1, 2]), S), gb_sets:is_disjoint(S, Big),
     gb_sets:is_member(1.0, S), gb_sets:is_element(9, S), gb_sets:size(S), gb_sets:to_list(S),
     gb_sets:smallest(S), gb_sets:largest(S), gb_sets:iterator(S), walk(gb_sets:iterator(S)),
     walk(gb_sets:iterator_from(3, S)), erlang:phash2(lists:foldl(fun gb_sets:add/2, S, lists:seq(100, 400, 7))),
     ?E(gb_sets:insert(3, S)), ?E(gb_sets:delete(9, S)), ?E(gb_sets:intersection([])), ?E(gb_sets:size(x)),
     ?E(gb_sets:from_list(a)), ?E(gb_sets:filter(x, S)), ?E(gb_sets:union(a, S)), ?E(gb_sets:smallest(gb_sets:new()))}.

walk(I) ->
    case gb_sets:next(I) of
        none -> [];
        {E, I1} -> [E | walk(I1)]
    end.
