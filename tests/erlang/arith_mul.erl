-module(arith_mul).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pairs = [{0, 12345}, {1, -1}, {-1, -1}, {65536, 65536}, {65536, -65536},
             {134217727, 2}, {134217728, 134217728}, {2147483647, 2147483647},
             {-2147483648, 2147483648}, {4294967296, 4294967296},
             {4294967295, 4294967295}, {576460752303423487, 2},
             {1152921504606846976, 8}, {9223372036854775807, -1},
             {-9223372036854775808, -1}, {3037000499, 3037000499},
             {3037000500, 3037000500}, {-3037000500, 3037000500},
             {123456789, 987654321}, {1000000007, 998244353}],
    Muls = [?MODULE:id(A) * ?MODULE:id(B) || {A, B} <- Pairs],
    Signs = [sign(?MODULE:id(A) * ?MODULE:id(B)) || {A, B} <- Pairs],
    Commut = [?MODULE:id(A) * B =:= ?MODULE:id(B) * A || {A, B} <- Pairs],
    Squares = [?MODULE:id(X) * X || X <- [7, -7, 46340, 46341, 65535, 2147483647, 4294967295]],
    Pow2 = pow(?MODULE:id(2), 0, 70, []),
    Pow3 = pow(?MODULE:id(-3), 0, 45, []),
    Distrib = [(?MODULE:id(A) * (B + 7)) =:= (A * B + A * 7) || {A, B} <- Pairs],
    {Muls, Signs, Commut, Squares, Pow2, Pow3, Distrib}.

sign(X) when X > 0 -> 1;
sign(X) when X < 0 -> -1;
sign(0) -> 0.

pow(_, N, N, Acc) -> lists:reverse(Acc);
pow(B, I, N, Acc) -> pow(B, I + 1, N, [ipow(B, I) | Acc]).

ipow(_, 0) -> 1;
ipow(B, E) -> B * ipow(B, E - 1).
