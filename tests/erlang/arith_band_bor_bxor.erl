-module(arith_band_bor_bxor).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pairs = [{0, 0}, {-1, 0}, {-1, -1}, {255, 15}, {16#F0F0, 16#0FF0},
             {-256, 255}, {-134217728, 134217727}, {134217727, -1},
             {16#7FFFFFFF, 16#FFFFFFFF}, {-2147483648, 2147483647},
             {16#FFFFFFFFFFFFFFFF, 16#123456789ABCDEF0},
             {-9223372036854775808, 9223372036854775807},
             {576460752303423487, -576460752303423488},
             {-5, 3}, {-5, -3}, {12345, -54321}, {1 bsl 70, (1 bsl 70) - 1},
             {-(1 bsl 70), 1 bsl 69}, {-(1 bsl 64), -1}],
    And = [?MODULE:id(A) band ?MODULE:id(B) || {A, B} <- Pairs],
    Or = [?MODULE:id(A) bor ?MODULE:id(B) || {A, B} <- Pairs],
    Xor = [?MODULE:id(A) bxor ?MODULE:id(B) || {A, B} <- Pairs],
    Laws = [begin
                A1 = ?MODULE:id(A), B1 = ?MODULE:id(B),
                {(A1 band B1) bor (A1 bxor B1) =:= (A1 bor B1),
                 A1 bxor B1 bxor B1 =:= A1,
                 (A1 band B1) + (A1 bor B1) =:= A1 + B1}
            end || {A, B} <- Pairs],
    PopCounts = [popcount(?MODULE:id(X), 0) || X <- [0, 1, 255, 16#FFFFFFFF, 16#FFFFFFFFFFFFFFFF, (1 bsl 100) - 1]],
    {And, Or, Xor, Laws, PopCounts}.

popcount(0, N) -> N;
popcount(X, N) -> popcount(X bsr 1, N + (X band 1)).
