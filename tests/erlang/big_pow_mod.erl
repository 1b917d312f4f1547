-module(big_pow_mod).
-export([start/0, id/1]).

id(X) -> X.

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

modpow(_, 0, _) -> 1;
modpow(B, E, M) when E rem 2 =:= 0 -> H = modpow(B, E div 2, M), (H * H) rem M;
modpow(B, E, M) -> (B * modpow(B, E - 1, M)) rem M.

%% Miller-Rabin with fixed bases (deterministic).
is_prime(N) when N < 2 -> false;
is_prime(N) when N < 4 -> true;
is_prime(N) when N rem 2 =:= 0 -> false;
is_prime(N) ->
    {D, S} = split(N - 1, 0),
    lists:reverse([A || A <- [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37], A < N, not mr(A, D, S, N)]) =:= [].

split(D, S) when D rem 2 =:= 0 -> split(D div 2, S + 1);
split(D, S) -> {D, S}.

mr(A, D, S, N) ->
    X = modpow(A, D, N),
    X =:= 1 orelse X =:= N - 1 orelse loop(X, S - 1, N).

loop(_, 0, _) -> false;
loop(X, S, N) ->
    Y = (X * X) rem N,
    Y =:= N - 1 orelse loop(Y, S - 1, N).

start() ->
    M127 = pow(?MODULE:id(2), 127) - 1,
    M521 = pow(?MODULE:id(2), 521) - 1,
    Primes = [is_prime(?MODULE:id(N)) || N <- [M127, M521, pow(2, 128) + 1, pow(2, 61) - 1, 1000000007 * 998244353,
                                              pow(10, 18) + 9, pow(2, 89) - 1, pow(2, 67) - 1]],
    Fermat = [modpow(?MODULE:id(3), M127 - 1, M127), modpow(?MODULE:id(2), pow(10, 30), pow(10, 20) + 39)],
    Pows = [pow(?MODULE:id(B), E) || {B, E} <- [{2, 200}, {-3, 101}, {10, 60}, {7, 0}, {0, 5}, {1 bsl 64, 3}]],
    {Primes, Fermat, Pows}.
