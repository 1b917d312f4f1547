-module(fun_closure).
-export([start/0, id/1]).

id(X) -> X.

adder(N) -> fun(X) -> X + N end.
multiplier(N) -> fun(X) -> X * N end.
compose(F, G) -> fun(X) -> F(G(X)) end.
curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
counter(N) -> {fun() -> N end, fun() -> counter(N + 1) end}.

make_many(0, Acc) -> Acc;
make_many(N, Acc) -> make_many(N - 1, [fun() -> N * N end | Acc]).

start() ->
    A5 = adder(?MODULE:id(5)),
    M3 = multiplier(?MODULE:id(3)),
    Big = ?MODULE:id({lots, ['of', data], <<"captured">>, 1.5, #{k => v}}),
    Cap = fun() -> Big end,
    X = ?MODULE:id(10), Y = ?MODULE:id(20), Z = ?MODULE:id(30),
    Multi = fun(W) -> X + Y + Z + W end,
    Nested = fun(A) -> fun(B) -> fun(C) -> [A, B, C, X] end end end,
    {Get0, Next0} = counter(?MODULE:id(0)),
    {Get1, Next1} = Next0(),
    {Get2, _} = Next1(),
    Shadow = fun(X1) -> X1 * 2 end,
    [
     A5(1), M3(7), (compose(A5, M3))(2), (compose(M3, A5))(2),
     ((curry(fun(P, Q) -> P - Q end))(10))(3),
     Cap(), Multi(4), ((Nested(a))(b))(c),
     [Get0(), Get1(), Get2()],
     Shadow(X),
     [F() || F <- make_many(?MODULE:id(6), [])],
     (adder((adder(1))(1)))(1),
     (fun(F) -> F(F, 10) end)(fun(_, 0) -> done; (Self, N) -> Self(Self, N - 1) end),
     (fun() -> X end)(),
     (fun(X2) when X2 > 5 -> big; (_) -> small end)(?MODULE:id(7)),
     (fun({a, V}) -> V; ([V | _]) -> V; (V) -> {other, V} end)(?MODULE:id({a, 1})),
     [(fun({a, V}) -> V; ([V | _]) -> V; (V) -> {other, V} end)(T) || T <- ?MODULE:id([[2, 3], q])],
     begin L = [adder(I) || I <- [1, 2, 3]], [F(100) || F <- L] end,
     begin Acc = fun Loop(0, S) -> S; Loop(N, S) -> Loop(N - 1, S + N) end, Acc(?MODULE:id(100), 0) end,
     begin Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end, Fact(?MODULE:id(20)) end,
     is_function(A5), is_function(A5, 1), is_function(A5, 2), is_function(Cap, 0),
     is_function(?MODULE:id(notfun)), is_function(?MODULE:id(notfun), 0)
    ].
