-module(arith_int_to_list_base).
-export([start/0, id/1]).

id(X) -> X.

bases() -> bases(2, []).
bases(37, Acc) -> lists:reverse(Acc);
bases(B, Acc) -> bases(B + 1, [B | Acc]).

start() ->
    Vals = [0, 1, -1, 35, 36, 255, -255, 134217728, 2147483647, -2147483648,
            9223372036854775807, -9223372036854775808, 1 bsl 64, 1 bsl 100 - 1],
    AllBases = [[integer_to_list(?MODULE:id(V), B) || B <- bases()] || V <- [35, -1295, 123456789]],
    Common = [{integer_to_list(?MODULE:id(V), 2), integer_to_list(V, 8),
               integer_to_list(V, 16), integer_to_list(V, 36)} || V <- Vals],
    Dec = [integer_to_list(?MODULE:id(V)) || V <- Vals],
    Dec10 = [integer_to_list(?MODULE:id(V)) =:= integer_to_list(V, 10) || V <- Vals],
    Bins = [{integer_to_binary(?MODULE:id(V)), integer_to_binary(V, 16), integer_to_binary(V, 36)} || V <- Vals],
    Bad = [try integer_to_list(?MODULE:id(X), ?MODULE:id(B)) catch C:R -> {C, R} end
           || {X, B} <- [{10, 1}, {10, 37}, {10, 0}, {10, -2}, {1.0, 10}, {a, 10}, {10, a}]],
    BadBin = [try integer_to_binary(?MODULE:id(X), ?MODULE:id(B)) catch C:R -> {C, R} end
              || {X, B} <- [{10, 1}, {10, 37}, {1.5, 10}]],
    Bad1 = [try integer_to_list(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [1.0, "1", a]],
    Huge = length(integer_to_list(?MODULE:id(1 bsl 4000))),
    HugeHex = length(integer_to_list(?MODULE:id(1 bsl 4000), 16)),
    {AllBases, Common, Dec, Dec10, Bins, Bad, BadBin, Bad1, Huge, HugeHex}.
