-module(lib_array).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    A = array:from_list(?MODULE:id(lists:seq(1, 25))),
    Sp = array:set(100, a, array:new([{default, 0}])),
    {array:new(), array:new(5), array:new(5, {default, x}), array:new([{size, 3}, fixed]),
     array:new([{size, 3}, {fixed, false}]), array:new(11), array:new(1001), array:new([{default, 1}]),
     array:set(0, a, array:new()), array:set(10, a, array:new()), Sp, A, array:from_list([]),
     array:from_list(lists:seq(1, 101)), array:get(3, A), array:get(50, array:new()), array:get(2, array:new(3)),
     array:resize(30, A), array:resize(5, array:new(3)), array:resize(15, array:new(3)), array:resize(Sp),
     array:relax(array:new(25)), array:fix(A), array:is_fix(A), array:is_fix(array:new(3)),
     array:reset(1, A), array:reset(5, array:new(10, [{fixed, false}])), array:size(A), array:default(Sp),
     array:is_array(A), array:is_array(x), array:sparse_size(Sp), array:to_list(array:new(3)),
     array:sparse_to_list(Sp), array:to_orddict(array:from_list([a, b])), array:sparse_to_orddict(Sp),
     array:from_orddict([{0, a}, {5, b}]), array:from_orddict([{0, a}, {25, b}]), array:from_orddict([{250, b}]),
     array:from_orddict([{0, a}, {15, b}], x), array:map(fun(I, V) -> {I, V} end, array:from_list([a, b])),
     array:map(fun(I, _) -> I end, array:new(25, {default, 0})), array:sparse_map(fun(I, V) -> {I, V} end, Sp),
     array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:from_list([a, b, c])),
     array:foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:set(2, x, array:new())),
     array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], Sp),
     array:sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:set(24, x, array:new())),
     array:sparse_to_list(array:from_list([0, 0.0, 1], 0)), big(), errors(A)}.

big() ->
    A = lists:foldl(fun(I, Acc) -> array:set(I * 37 rem 5000, I, Acc) end, array:new(), lists:seq(1, 800)),
    {array:size(A), array:sparse_size(A), erlang:phash2(A), lists:sum(array:sparse_to_list(A)),
     array:get(37, A), array:foldl(fun(_, V, S) when is_integer(V) -> S + V; (_, _, S) -> S end, 0, A)}.

errors(A) ->
    {?E(array:set(5, a, array:new(3))), ?E(array:get(5, array:new(3))), ?E(array:new(-1)), ?E(array:new(a)),
     ?E(array:set(-1, a, array:new())), ?E(array:get(a, A)), ?E(array:set(0, a, x)), ?E(array:size(x)),
     ?E(array:from_list([1, 2 | a])), ?E(array:from_list(a)), ?E(array:new([bad])), ?E(array:new(3, x)),
     ?E(array:reset(5, array:new(3))), ?E(array:from_orddict([{1, a}, {0, b}])), ?E(array:map(x, A)),
     ?E(array:foldl(x, 0, A)), ?E(array:get(1.0, A)), ?E(array:fix(x)), ?E(array:new([3 | 1]))}.
