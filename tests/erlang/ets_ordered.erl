-module(ets_ordered).
-export([start/0, id/1]).

id(X) -> X.

walk(T, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

rwalk(T, '$end_of_table', Acc) -> lists:reverse(Acc);
rwalk(T, K, Acc) -> rwalk(T, ets:prev(T, K), [K | Acc]).

start() ->
    T = ets:new(o, [ordered_set]),
    Keys = [3, 1.5, a, "str", <<"bin">>, {t, 1}, [1, 2], -7, 1 bsl 70, 2.0, b, {}, #{a => 1},
            make_ref_free, [], {t, 0}, 1],
    ets:insert(T, [{K, v} || K <- Keys]),
    R1 = [K || {K, _} <- ets:tab2list(T)],
    R2 = walk(T, ets:first(T), []),
    R3 = rwalk(T, ets:last(T), []),
    %% next/prev of keys that are not in the table
    R4 = {ets:next(T, 2), ets:prev(T, 2), ets:next(T, zzz), ets:prev(T, -100), ets:next(T, <<"zzz">>)},
    %% 1 and 1.0 are the same key in an ordered_set
    ets:insert(T, {1.0, float}),
    R5 = {ets:lookup(T, 1), ets:lookup(T, 1.0), ets:member(T, 2), ets:info(T, size)},
    ets:delete(T, 2),
    R6 = ets:member(T, 2.0),
    R7 = ets:foldl(fun({K, _}, Acc) -> [K | Acc] end, [], T),
    R8 = ets:foldr(fun({K, _}, Acc) -> [K | Acc] end, [], T),
    E = ets:new(e, [ordered_set]),
    R9 = {ets:first(E), ets:last(E), ets:next(E, x), ets:prev(E, x), ets:tab2list(E)},
    %% a large table stays ordered
    Big = ets:new(big, [ordered_set, public]),
    N = 5000,
    [ets:insert(Big, {(I * 7919) rem N, I}) || I <- lists:seq(1, N)],
    L = ets:tab2list(Big),
    R10 = {length(L), [K || {K, _} <- L] =:= lists:seq(0, N - 1), ets:first(Big), ets:last(Big),
           ets:next(Big, 100), ets:prev(Big, 100)},
    R11 = ets:select(Big, [{{'$1', '_'}, [{'<', '$1', 5}], ['$1']}]),
    R12 = ets:select_reverse(Big, [{{'$1', '_'}, [{'>', '$1', N - 4}], ['$1']}]),
    [ets:delete(Big, K) || K <- lists:seq(0, N - 1, 2)],
    R13 = {ets:info(Big, size), ets:first(Big), ets:next(Big, 0), ets:next(Big, 1), ets:last(Big)},
    S = ets:new(s, [set]),
    ets:insert(S, [{K} || K <- lists:seq(1, 50)]),
    R14 = lists:sort(walk(S, ets:first(S), [])) =:= lists:seq(1, 50),
    R15 = lists:sort(ets:foldl(fun({K}, A) -> [K | A] end, [], S)) =:= lists:seq(1, 50),
    R16 = ets:foldl(fun({K}, A) -> K + A end, 0, S),
    R17 = ets:foldr(fun({K}, A) -> K + A end, 0, S),
    R18 = try ets:foldl(fun(_, A) -> A end, 0, nosuchtab) catch C:Rs -> {C, Rs} end,
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}]),
    R19 = lists:sort(walk(B, ets:first(B), [])),
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19}.
