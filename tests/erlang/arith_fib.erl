-module(arith_fib).
-export([start/0, id/1]).

id(X) -> X.

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

fibs(N) -> [fib(I) || I <- seq(0, N)].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Small = fibs(?MODULE:id(100)),
    F1000 = fib(?MODULE:id(1000)),
    F1000Digits = length(integer_to_list(F1000)),
    Check = [fib(N + 2) =:= fib(N + 1) + fib(N) || N <- [?MODULE:id(50), 85, 90, 200]],
    Cassini = [fib(N - 1) * fib(N + 1) - fib(N) * fib(N) || N <- [1, 2, 10, 91, 92, 93, 300]],
    {Small, F1000, F1000Digits, Check, Cassini}.
