-module(float_to_list_default).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 3.14159, 100.0, 1.0e10,
            1.0e15, 1.0e16, 1.0e22, 1.0e23, 1.0e100, 1.0e300, 1.7976931348623157e308,
            1.0e-5, 1.0e-10, 1.0e-300, 2.2250738585072014e-308, 5.0e-324,
            123456789.123456789, -0.000123, 0.3333333333333333, 2.0 / 3.0, 9.999999999999999e22]],
    L = [float_to_list(V) || V <- Vals],
    B = [float_to_binary(V) =:= list_to_binary(float_to_list(V)) || V <- Vals],
    Back = [list_to_float(float_to_list(V)) =:= V || V <- Vals],
    Bad = [try float_to_list(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [1, a, "1.0", 1 bsl 70]],
    BadB = [try float_to_binary(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [1, a]],
    {L, B, Back, Bad, BadB}.
