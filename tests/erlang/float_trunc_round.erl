-module(float_trunc_round).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, -0.0, 0.4, 0.5, 0.6, 1.5, 2.5, 3.5, -0.4, -0.5, -0.6,
            -1.5, -2.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0,
            1.0e15 + 0.5, -1.0e15 - 0.5, 123456.789, -987654.321, 1.0e18, -1.0e18,
            9.223372036854776e18, 1.0e30]],
    Trunc = [trunc(X) || X <- Vals],
    Round = [round(X) || X <- Vals],
    Floor = [floor(X) || X <- Vals],
    Ceil = [ceil(X) || X <- Vals],
    IntArgs = [{trunc(?MODULE:id(X)), round(X), floor(X), ceil(X)} || X <- [0, 7, -7, 1 bsl 80]],
    Bad = [try trunc(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [a, "1.0", {1.0}]],
    BadR = [try round(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [a, []]],
    BadF = [try floor(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [a, <<>>]],
    BadC = [try ceil(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [a, {}]],
    Guards = [classify(?MODULE:id(X)) || X <- [1.0, 1.5, -2.0, 3]],
    {Trunc, Round, Floor, Ceil, IntArgs, Bad, BadR, BadF, BadC, Guards}.

classify(X) when is_float(X), trunc(X) == X -> whole_float;
classify(X) when is_float(X), round(X) > X -> rounds_up;
classify(X) when is_float(X) -> rounds_down;
classify(X) when floor(X) =:= ceil(X) -> integer.
