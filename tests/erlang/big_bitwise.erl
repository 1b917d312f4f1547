-module(big_bitwise).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    A = ?MODULE:id(16#123456789ABCDEF0123456789ABCDEF0123456789ABCDEF),
    B = ?MODULE:id(16#FEDCBA9876543210FEDCBA9876543210),
    Vals = [A, B, -A, -B, 1 bsl 64, -(1 bsl 64), (1 bsl 64) - 1, -1, 0, 255, -256,
            16#FFFFFFFF, -16#100000000],
    Pairs = [{X, Y} || X <- [A, -A, B, -B, (1 bsl 64) - 1, -(1 bsl 64)], Y <- [A, -B, 255, -256, -1, 0]],
    And = [?MODULE:id(X) band Y || {X, Y} <- Pairs],
    Or = [?MODULE:id(X) bor Y || {X, Y} <- Pairs],
    Xor = [?MODULE:id(X) bxor Y || {X, Y} <- Pairs],
    Not = [bnot ?MODULE:id(V) || V <- Vals],
    DeMorgan = [bnot (?MODULE:id(X) band Y) =:= (bnot X) bor (bnot Y) || {X, Y} <- Pairs],
    Hex = [integer_to_list(?MODULE:id(X) band Y, 16) || {X, Y} <- [{A, B}, {-A, B}, {A, -B}, {-A, -B}]],
    {And, Or, Xor, Not, DeMorgan, Hex}.
