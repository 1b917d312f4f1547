-module(case_bool).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

side(X) -> put(side, [X | case get(side) of undefined -> []; L -> L end]), X.

start() ->
    T = ?MODULE:id(true), F = ?MODULE:id(false), N = ?MODULE:id(notbool),
    Saved = erase(side),
    R = [
     T andalso T, T andalso F, F andalso T, F andalso F,
     T orelse T, T orelse F, F orelse T, F orelse F,
     F andalso N, T orelse N,
     T andalso N, F orelse N,
     t(fun() -> N andalso T end),
     t(fun() -> N orelse T end),
     T and T, T and F, F or T, T xor T, T xor F, not T, not F,
     t(fun() -> T and N end),
     t(fun() -> F or N end),
     t(fun() -> not N end),
     t(fun() -> N xor T end),
     begin erase(side), _ = side(false) andalso side(never), lists:reverse(get(side)) end,
     begin erase(side), _ = side(true) orelse side(never), lists:reverse(get(side)) end,
     begin erase(side), _ = side(false) and side(true), lists:reverse(get(side)) end,
     case T andalso 1 > 0 of true -> y; false -> n end,
     [X || X <- ?MODULE:id([1, 2, 3, 4, 5, 6]), X > 2 andalso X < 5 orelse X =:= 6],
     (fun(X) when X; not X -> boolean; (_) -> other end)(T),
     (fun(X) when X; not X -> boolean; (_) -> other end)(N),
     (fun(X) when X =:= true orelse X =:= false -> boolean; (_) -> other end)(F),
     is_boolean(T), is_boolean(N), is_boolean(?MODULE:id('true')),
     true =:= 'true', T > F, T < N
    ],
    erase(side),
    case Saved of undefined -> ok; _ -> put(side, Saved) end,
    R.
