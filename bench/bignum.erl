%% Bignum arithmetic: iterative Fibonacci (additions), factorial (bignum x small),
%% repeated squaring modulo a big prime (bignum x bignum, div/rem), and decimal conversion.
-module(bignum).
-export([start/0, run/1]).

start() -> run(20000).

run(N) ->
    F = fib(N, 0, 1),
    Fact = fact(N div 8, 1),
    P = (1 bsl 521) - 1,
    Pow = powmod(3, N * 7 + 1, P, 1),
    Digits = length(integer_to_list(Fact)),
    M = 1000000007,
    {F rem M, Fact rem M, Pow rem M, Digits, bits(F, 0)}.

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

fact(0, Acc) -> Acc;
fact(N, Acc) -> fact(N - 1, Acc * N).

powmod(_, 0, _, Acc) -> Acc;
powmod(B, E, P, Acc) ->
    Acc1 = case E band 1 of 1 -> (Acc * B) rem P; 0 -> Acc end,
    powmod((B * B) rem P, E bsr 1, P, Acc1).

bits(0, N) -> N;
bits(X, N) -> bits(X bsr 64, N + 64).
