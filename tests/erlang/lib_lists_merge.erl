-module(lib_lists_merge).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    A = ?MODULE:id([1, 3, 5, 7]),
    B = ?MODULE:id([2, 3, 6]),
    RA = lists:reverse(A),
    RB = lists:reverse(B),
    Le = fun(X, Y) -> X =< Y end,
    {lists:merge(A, B), lists:umerge(A, B), lists:rmerge(RA, RB), lists:rumerge(RA, RB),
     lists:merge(Le, A, B), lists:umerge(Le, A, B), lists:rmerge(Le, RA, RB), lists:rumerge(Le, RA, RB),
     lists:merge3(A, B, [0, 8]), lists:umerge3(A, B, [3, 8]), lists:rmerge3(RA, RB, [8, 0]),
     lists:rumerge3(RA, RB, [8, 3]), lists:merge([A, B, [4]]), lists:umerge([A, B, [3, 4]]),
     lists:merge([]), lists:merge([A]), lists:umerge([]),
     lists:merge([{1, a}], [{1, b}]), lists:umerge([{1, a}], [{1, a}, {2, b}]),
     edge()}.

edge() ->
    {?E(lists:merge(b, [])), ?E(lists:merge([], b)), ?E(lists:merge([1], a)),
     ?E(lists:merge(a, [1])), ?E(lists:umerge(b, [])), ?E(lists:umerge([], b)),
     ?E(lists:rmerge(b, [])), ?E(lists:rumerge([], b)), ?E(lists:merge([], [1 | a])),
     ?E(lists:merge([1], [2 | a])), ?E(lists:merge([2], [1 | a])), ?E(lists:umerge([1 | a], [])),
     ?E(lists:merge(3, [], [])), ?E(lists:merge(fun(X, Y) -> X =< Y end, b, [])),
     ?E(lists:merge3(b, [], [])), ?E(lists:merge3([], b, [])), ?E(lists:umerge3([], b, [])),
     ?E(lists:umerge3([], [], b)), ?E(lists:merge(a)), ?E(lists:merge([a])),
     ?E(lists:merge([[1], a]))}.
