-module(arith_algorithms).
-export([start/0, id/1]).

id(X) -> X.

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

lcm(A, B) -> abs(A * B) div gcd(A, B).

modpow(_, 0, _) -> 1;
modpow(B, E, M) when E rem 2 =:= 0 ->
    H = modpow(B, E div 2, M), (H * H) rem M;
modpow(B, E, M) -> (B * modpow(B, E - 1, M)) rem M.

is_prime(N) when N < 2 -> false;
is_prime(N) -> is_prime(N, 2).
is_prime(N, D) when D * D > N -> true;
is_prime(N, D) when N rem D =:= 0 -> false;
is_prime(N, D) -> is_prime(N, D + 1).

primes(N) -> [X || X <- seq(2, N), is_prime(X)].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

collatz(1, S) -> S;
collatz(N, S) when N rem 2 =:= 0 -> collatz(N div 2, S + 1);
collatz(N, S) -> collatz(3 * N + 1, S + 1).

isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

start() ->
    G = [gcd(?MODULE:id(A), B) || {A, B} <- [{12, 18}, {-12, 18}, {17, 5}, {0, 9},
            {1 bsl 64, 1 bsl 40}, {123456789012345678901234567890, 987654321098765432109876543210}]],
    L = [lcm(?MODULE:id(A), B) || {A, B} <- [{4, 6}, {21, 6}, {1 bsl 33, 3}]],
    MP = [modpow(?MODULE:id(B), E, M) || {B, E, M} <- [{2, 10, 1000}, {3, 200, 1000000007},
            {7, 1 bsl 20, 998244353}, {123456789, 987654321, 1 bsl 61 - 1}]],
    P = primes(?MODULE:id(200)),
    Pc = length(primes(?MODULE:id(2000))),
    C = [collatz(?MODULE:id(N), 0) || N <- [1, 7, 27, 97, 871, 77031]],
    S = [isqrt(?MODULE:id(N)) || N <- [0, 1, 15, 16, 17, 1 bsl 62, 1 bsl 64, 1 bsl 200, (1 bsl 128) - 1]],
    {G, L, MP, P, Pc, C, S}.
