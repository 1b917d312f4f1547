-module(ets_select).
-export([start/0, id/1]).

id(X) -> X.

catching(F) ->
    try F() catch C:R -> {C, R} end.

fill(Type) ->
    T = ets:new(s, [Type]),
    ets:insert(T, [{I, I * I, if I rem 2 =:= 0 -> even; true -> odd end, [I, {n, I}]}
                   || I <- lists:seq(1, 12)]),
    ets:insert(T, [{a, "str", <<"bin">>, 1.5}, {b, {x, y}, #{k => v}, []}]),
    T.

start() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]] ++ [bags(), deletes(), limits()].

sorted(L) when is_list(L) -> lists:sort(L);
sorted(X) -> X.

run(Type) ->
    T = fill(Type),
    S = fun(MS) -> sorted(catching(fun() -> ets:select(T, MS) end)) end,
    [
     S([{{'$1', '$2', even, '_'}, [], ['$1']}]),
     S([{{'$1', '$2', '$3', '_'}, [{'>', '$2', 50}], [{{'$1', '$3'}}]}]),
     S([{{'$1', '_', '_', '_'}, [{is_atom, '$1'}], ['$_']}]),
     S([{{'$1', '$2', '_', '_'}, [{'andalso', {is_integer, '$1'}, {'<', '$1', 4}}], ['$$']}]),
     S([{{'$1', '$2', '_', '_'}, [{'orelse', {'==', '$1', 3}, {'=:=', '$1', a}}], [{const, hit}]}]),
     S([{{'$1', '_', '_', ['$1', {n, '$2'}]}, [{'>=', '$2', 11}], [['$1', '$2']]}]),
     S([{{'$1', '_', '_', '_'}, [{'==', {'rem', '$1', 5}, 0}], [{'+', '$1', 1000}]}]),
     S([{{'$1', '$2', '_', '_'}, [{is_integer, '$1'}, {'<', '$1', 3}],
         [{{'$1', {'*', '$2', 2}, {element, 1, {{'$1'}}}, {is_pid, {self}}} }]}]),
     S([{{a, '$1', '$2', '$3'}, [], [{{'$3', '$2', '$1'}}]}]),
     S([{{b, '$1', '$2', '_'}, [{is_map, '$2'}], [{map_get, k, '$2'}, {element, 2, '$1'}]}]),
     S([{{'$1', '_', odd, '_'}, [{'<', '$1', 6}], ['$1']}, {{'$1', '_', even, '_'}, [{'<', '$1', 6}], [{{even, '$1'}}]}]),
     S([{'_', [], [1]}]),
     S([{{'$1', '_', '_', '_'}, [{'>', '$1', 10}, {is_integer, '$1'}], [{'div', '$1', 0}]}]),
     S([{{'$1', '_', '_', '_'}, [{'div', '$1', 0}], ['$1']}]),
     S([{{5, '$1', '_', '_'}, [], ['$1']}]),
     S([{{5.0, '$1', '_', '_'}, [], ['$1']}]),
     S([{{'$1', '$1', '_', '_'}, [], ['$1']}]),
     S([{{'$1', '_', '_', '_'}, [], ['$2']}]),
     S([{{'$1', '_', '_', '_'}, [{bogus_fun, '$1'}], ['$1']}]),
     S(not_a_list),
     S([{{'$1', '_', '_', '_'}, [{'and', {is_integer, '$1'}, {'>', '$1', 10}}], [{hd, {tl, [a, '$1']}}]}]),
     S([{{'$1', '_', '_', '_'}, [{'not', {is_integer, '$1'}}], [{length, [a, b, '$1']}]}]),
     S([{{'$1', '_', '_', '_'}, [{is_integer, '$1'}, {'==', {'band', '$1', 3}, 1}], [{abs, {'-', '$1'}}]}]),
     sorted(ets:match(T, {'$1', '_', even, ['_', {n, '$2'}]})),
     sorted(ets:match(T, {'$2', '$1', odd, '_'})),
     sorted(ets:match_object(T, {'_', '_', odd, '_'})),
     sorted(ets:match(T, {a, '$1', '_', '_'})),
     sorted(ets:match(T, {'_', '_', '_', '_'})),
     ets:select_count(T, [{{'$1', '_', '_', '_'}, [{is_integer, '$1'}], [true]}]),
     ets:select_count(T, [{{'$1', '_', '_', '_'}, [], [{is_integer, '$1'}]}]),
     ets:select_delete(T, [{{'$1', '_', odd, '_'}, [], [true]}]),
     sorted(ets:tab2list(T)),
     ets:match_delete(T, {'_', '_', even, '_'}),
     sorted(ets:tab2list(T))
    ].

bags() ->
    T = ets:new(bg, [bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 3}, {j, 1}, {j, 5}]),
    R1 = lists:sort(ets:select(T, [{{k, '$1'}, [{'>', '$1', 1}], ['$1']}])),
    R2 = ets:select_delete(T, [{{k, '$1'}, [{'>', '$1', 1}], [true]}]),
    R3 = lists:sort(ets:tab2list(T)),
    R4 = lists:sort(ets:match(T, {'$1', 1})),
    D = ets:new(db, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 1}, {k, 2}]),
    R5 = ets:select_count(D, [{{k, 1}, [], [true]}]),
    R6 = ets:select_delete(D, [{{k, 1}, [], [true]}]),
    R7 = ets:tab2list(D),
    {R1, R2, R3, R4, R5, R6, R7}.

deletes() ->
    T = ets:new(d, [ordered_set]),
    ets:insert(T, [{I, I} || I <- lists:seq(1, 100)]),
    N = ets:select_delete(T, [{{'$1', '_'}, [{'==', {'rem', '$1', 3}, 0}], [true]}]),
    {N, ets:info(T, size), ets:first(T), ets:last(T), ets:next(T, 3), ets:prev(T, 3),
     ets:select_reverse(T, [{{'$1', '_'}, [{'<', '$1', 8}], ['$1']}])}.

limits() ->
    T = ets:new(l, [ordered_set]),
    ets:insert(T, [{I} || I <- lists:seq(1, 10)]),
    {A, C1} = ets:select(T, [{{'$1'}, [], ['$1']}], 4),
    {B, C2} = ets:select(C1),
    {C, C3} = ets:select(C2),
    R = ets:select(C3),
    {M, _} = ets:match(T, {'$1'}, 3),
    {A, B, C, R, M, ets:select(T, [{{'$1'}, [{'>', '$1', 100}], ['$1']}], 2)}.
