-module(arith_unary_abs).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [0, 1, -1, 134217727, -134217728, 134217728, -134217729,
            2147483647, -2147483648, 576460752303423487, -576460752303423488,
            576460752303423488, -576460752303423489, 9223372036854775807,
            -9223372036854775808, 18446744073709551616, -18446744073709551616,
            1 bsl 200, -(1 bsl 200)],
    Neg = [-(?MODULE:id(V)) || V <- Vals],
    Pos = [+(?MODULE:id(V)) || V <- Vals],
    Abs = [abs(?MODULE:id(V)) || V <- Vals],
    NegNeg = [-(-(?MODULE:id(V))) =:= V || V <- Vals],
    AbsNonNeg = [abs(?MODULE:id(V)) >= 0 || V <- Vals],
    FAbs = [abs(?MODULE:id(F)) || F <- [0.0, -0.0, 1.5, -1.5, -1.0e300]],
    FNeg = [-(?MODULE:id(F)) || F <- [0.0, 1.5, -2.25, 1.0e-300]],
    Bad = [try abs(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [a, "1", {1}, <<>>]],
    BadNeg = [try -(?MODULE:id(X)) catch C:R -> {C, R} end || X <- [a, [], {}]],
    {Neg, Pos, Abs, NegNeg, AbsNonNeg, FAbs, FNeg, Bad, BadNeg,
     erlang:abs(?MODULE:id(-42)), erlang:'-'(?MODULE:id(42))}.
