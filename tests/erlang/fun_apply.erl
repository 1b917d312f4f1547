-module(fun_apply).
-export([start/0, id/1, add/2, sum3/3, zero/0, var/1]).

id(X) -> X.
add(A, B) -> A + B.
sum3(A, B, C) -> A + B + C.
zero() -> 0.
var(L) -> length(L).

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    M = ?MODULE:id(?MODULE),
    F = ?MODULE:id(add),
    [
     apply(fun add/2, [1, 2]),
     apply(fun(X) -> X * 2 end, [21]),
     apply(M, F, [3, 4]),
     apply(?MODULE, sum3, [1, 2, 3]),
     apply(M, zero, []),
     apply(M, var, [[a, b, c]]),
     apply(erlang, length, [[1, 2]]),
     apply(erlang, '+', [1, 2]),
     apply(erlang, element, [2, {a, b}]),
     apply(lists, reverse, [[1, 2, 3]]),
     apply(maps, get, [k, #{k => v}]),
     erlang:apply(erlang, tuple_size, [{1, 2, 3}]),
     M:F(5, 6),
     M:sum3(1, 1, 1),
     (fun M:F/2)(7, 8),
     [apply(M, Fn, Args) || {Fn, Args} <- ?MODULE:id([{add, [1, 1]}, {zero, []}, {var, [[]]}])],
     apply(fun() -> nested_apply end, []),
     apply(fun apply/2, [fun add/2, [10, 20]]),
     apply(erlang, apply, [fun add/2, [100, 200]]),
     t(fun() -> apply(M, F, [1]) end),
     t(fun() -> apply(M, F, [a, b]) end),
     t(fun() -> apply(erlang, '/', [1, 0]) end),
     t(fun() -> M:nope(1) end),
     t(fun() -> apply(M, zero, [extra]) end),
     ops()
    ].

ops() ->
    Ops = [{'+', 7, 3}, {'-', 7, 3}, {'*', 7, 3}, {'div', 7, 3}, {'rem', 7, 3}, {'/', 7, 2},
           {'band', 12, 10}, {'bor', 12, 10}, {'bxor', 12, 10}, {'bsl', 1, 10}, {'bsr', 1024, 3},
           {'==', 1, 1.0}, {'=:=', 1, 1.0}, {'<', a, b}, {'>=', 2, 2}, {'=<', 3, 2}, {'/=', 1, 2},
           {'=/=', 1, 1}, {'and', true, false}, {'or', true, false}, {'xor', true, true},
           {'++', [1], [2]}, {'--', [1, 2], [1]}, {max, 3, 4}, {min, 3, 4}],
    [apply(erlang, Op, [A, B]) || {Op, A, B} <- ?MODULE:id(Ops)] ++
    [apply(erlang, Op, [A]) || {Op, A} <- ?MODULE:id([{'-', 5}, {'+', 5}, {'not', true}, {'bnot', 5}, {abs, -3}])].
