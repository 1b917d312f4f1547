-module(lib_lists_keys).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    T = ?MODULE:id([{a, 1, x}, {b, 2, y}, {c, 3, z}, {b, 4, w}]),
    {lists:keyfind(b, 1, T), lists:keyfind(q, 1, T), lists:keyfind(2, 2, T), lists:keyfind(2.0, 2, T),
     lists:keymember(c, 1, T), lists:keysearch(z, 3, T), lists:keysearch(q, 3, T),
     lists:keydelete(b, 1, T), lists:keydelete(q, 1, T), lists:keydelete(1.0, 2, T),
     lists:keyreplace(b, 1, T, {new}), lists:keyreplace(q, 1, T, {new}),
     lists:keystore(b, 1, T, {new}), lists:keystore(q, 1, T, {new}),
     lists:keytake(b, 1, T), lists:keytake(q, 1, T),
     lists:keydelete(a, 1, [x, {a}]) =:= [x],
     ?E(lists:keydelete(a, 0, T)), ?E(lists:keyreplace(a, 1, T, notuple)),
     ?E(lists:keystore(a, 1, T, notuple)), ?E(lists:keytake(a, 0, T)),
     ?E(lists:keyfind(a, 0, T)), ?E(lists:keyfind(a, 1, a)),
     lists:keydelete(a, 1, [{b}, {a}, {a}]), lists:keyreplace(x, 5, T, {z}),
     sorts(T)}.

sorts(T) ->
    {lists:keysort(1, T), lists:keysort(2, T), lists:keysort(3, T),
     lists:ukeysort(1, T), lists:ukeysort(1, [{b, 1}, {a, 2}, {b, 3}, {a, 4}]),
     lists:keysort(1, []), lists:keysort(1, [{x}]), lists:keysort(2, [{x}]),
     ?E(lists:keysort(0, T)), ?E(lists:keysort(2, [{a}, {b}])), ?E(lists:keysort(1, a)),
     ?E(lists:keysort(1, [{1} | a])), ?E(lists:ukeysort(0, [])),
     lists:keymerge(1, [{a, 1}, {c, 1}], [{a, 2}, {b, 2}, {c, 2}]),
     lists:ukeymerge(1, [{a, 1}, {c, 1}], [{a, 2}, {b, 2}, {c, 2}]),
     lists:rkeymerge(1, [{c, 1}, {a, 1}], [{c, 2}, {b, 2}, {a, 2}]),
     lists:rukeymerge(1, [{c, 1}, {a, 1}], [{c, 2}, {b, 2}, {a, 2}]),
     lists:keymerge(1, [], [{a}]), lists:keymerge(1, [{a}], []),
     ?E(lists:keymerge(1, [{1}], b)), ?E(lists:keymerge(1, [], [a])), ?E(lists:ukeymerge(1, b, [])),
     stable()}.

%% keysort is stable: records with equal keys keep their order.
stable() ->
    L = [{K rem 7, N} || {K, N} <- lists:zip(lists:seq(1000, 1, -1), lists:seq(1, 1000))],
    S = lists:keysort(1, L),
    U = lists:ukeysort(1, L),
    {erlang:phash2(S), lists:sublist(S, 5), U, is_stable(S)}.

is_stable([{K, N1}, {K, N2} | T]) when N1 < N2 -> is_stable([{K, N2} | T]);
is_stable([{K, _}, {K, _} | _]) -> false;
is_stable([_ | T]) -> is_stable(T);
is_stable([]) -> true.
