-module(lib_lists_higher).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    L = ?MODULE:id([1, 2, 3, 4, 5]),
    Self = self(),
    {lists:map(fun(X) -> X * X end, L), lists:map(fun(X) -> X end, []),
     lists:foldl(fun(X, A) -> [X | A] end, [], L), lists:foldr(fun(X, A) -> [X | A] end, [], L),
     lists:foldl(fun(X, A) -> X - A end, 0, L), lists:foldr(fun(X, A) -> X - A end, 0, L),
     lists:filter(fun(X) -> X > 2 end, L), lists:filtermap(fun(X) when X > 3 -> {true, X * 10};
                                                                (X) -> X rem 2 =:= 0 end, L),
     lists:zf(fun(X) -> X > 4 end, L),
     lists:all(fun is_integer/1, L), lists:all(fun(X) -> X > 1 end, L), lists:all(fun(_) -> false end, []),
     lists:any(fun(X) -> X > 4 end, L), lists:any(fun(X) -> X > 5 end, L), lists:any(fun(_) -> true end, []),
     lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L),
     lists:mapfoldr(fun(X, A) -> {[X | A], [X | A]} end, [], L),
     lists:search(fun(X) -> X > 2 end, L), lists:search(fun(X) -> X > 7 end, L),
     begin lists:foreach(fun(X) -> Self ! {item, X} end, L), collect(5) end,
     lists:keymap(fun(X) -> X * 2 end, 2, [{a, 1}, {b, 2}]),
     errors(L)}.

collect(0) -> [];
collect(N) -> receive {item, X} -> [X | collect(N - 1)] end.

errors(L) ->
    F1 = fun(X) -> X end,
    F2 = fun(X, A) -> {X, A} end,
    {?E(lists:map(a, [])), ?E(lists:map(F1, a)), ?E(lists:map(F1, [1 | a])),
     ?E(lists:foldl(a, 0, [])), ?E(lists:foldl(fun(X, _) -> X end, 0, a)),
     ?E(lists:foldl(fun(X, _) -> X end, 0, [1 | a])),
     ?E(lists:foldr(fun(X, _) -> X end, 0, a)), ?E(lists:foreach(a, [])),
     ?E(lists:foreach(F1, a)), ?E(lists:filter(F1, [true, false, 1])),
     ?E(lists:filter(a, [])), ?E(lists:filter(F1, a)),
     ?E(lists:all(F1, [1])), ?E(lists:any(F1, [1])), ?E(lists:all(F1, a)),
     ?E(lists:all(F1, [true | a])), ?E(lists:any(F1, [false | a])),
     ?E(lists:takewhile(F1, [1])), ?E(lists:dropwhile(F1, [1])),
     ?E(lists:splitwith(F1, [1])), ?E(lists:partition(F1, [1])),
     ?E(lists:filtermap(F1, [1])), ?E(lists:search(F1, [1])),
     ?E(lists:takewhile(F1, a)), ?E(lists:partition(F1, a)),
     ?E(lists:mapfoldl(fun(X, _) -> X end, 0, [1])), ?E(lists:mapfoldl(F2, 0, a)),
     ?E(lists:mapfoldr(F2, 0, [1 | a])), ?E(lists:flatmap(F1, a)),
     ?E(lists:keymap(F1, 0, [{a}])), ?E(lists:keymap(F1, 2, [{a}])), ?E(lists:keymap(F1, 1, a)),
     ?E(lists:map(fun(X) -> 1 / X end, [1, 0])), lists:map(F1, L)}.
