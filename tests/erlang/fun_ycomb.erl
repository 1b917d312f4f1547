-module(fun_ycomb).
-export([start/0, id/1]).

id(X) -> X.

y(F) -> (fun(X) -> F(fun(A) -> (X(X))(A) end) end)(fun(X) -> F(fun(A) -> (X(X))(A) end) end).

fact_gen() -> fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end.
fib_gen() -> fun(Self) -> fun(N) when N < 2 -> N; (N) -> Self(N - 1) + Self(N - 2) end end.
len_gen() -> fun(Self) -> fun([]) -> 0; ([_ | T]) -> 1 + Self(T) end end.

church(0) -> fun(_F) -> fun(X) -> X end end;
church(N) -> fun(F) -> fun(X) -> F(((church(N - 1))(F))(X)) end end.
unchurch(C) -> (C(fun(X) -> X + 1 end))(0).
cadd(A, B) -> fun(F) -> fun(X) -> (A(F))((B(F))(X)) end end.
cmul(A, B) -> fun(F) -> A(B(F)) end.

start() ->
    Fact = y(fact_gen()),
    Fib = y(fib_gen()),
    Len = y(len_gen()),
    SelfApp = fun(G, N) -> G(G, N) end,
    Even = fun(_, 0) -> true; (G, N) -> not G(G, N - 1) end,
    [
     Fact(?MODULE:id(10)), Fact(?MODULE:id(25)),
     Fib(?MODULE:id(20)),
     Len(?MODULE:id([a, b, c, d])),
     SelfApp(Even, ?MODULE:id(10)), SelfApp(Even, ?MODULE:id(7)),
     unchurch(church(?MODULE:id(7))),
     unchurch(cadd(church(3), church(4))),
     unchurch(cmul(church(3), church(4))),
     (fun Loop(N, Acc) when N > 0 -> Loop(N - 1, [N | Acc]); Loop(_, Acc) -> Acc end)(?MODULE:id(5), []),
     (fun Ev(0) -> even; Ev(N) -> (fun Od(0) -> odd; Od(M) -> Ev(M - 1) end)(N - 1) end)(?MODULE:id(9)),
     (fun F(0) -> 0; F(N) -> 1 + F(N - 1) end)(?MODULE:id(100000))
    ].
