%% Naive doubly recursive Fibonacci: calls, returns, small-integer arithmetic and guards.
-module(fib).
-export([start/0, run/1]).

start() -> run(30).

run(N) -> fib(N).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
