-module(arith_shift).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Shifts = [0, 1, 3, 26, 27, 28, 31, 32, 33, 58, 59, 60, 61, 63, 64, 65, 127, 128, 200],
    L1 = [?MODULE:id(1) bsl S || S <- Shifts],
    LN = [?MODULE:id(-1) bsl S || S <- Shifts],
    L5 = [?MODULE:id(5) bsl S || S <- Shifts],
    Big = ?MODULE:id(1 bsl 300 + 12345),
    RBig = [Big bsr S || S <- Shifts],
    RNegBig = [(-Big) bsr S || S <- Shifts],
    RNeg = [?MODULE:id(-7) bsr S || S <- [0, 1, 2, 3, 10, 64, 200]],
    RPos = [?MODULE:id(123456789) bsr S || S <- [0, 1, 2, 26, 27, 64]],
    NegShift = [?MODULE:id(256) bsl -4, ?MODULE:id(256) bsr -4,
                ?MODULE:id(-256) bsl -4, ?MODULE:id(1) bsr -100],
    Zero = [?MODULE:id(0) bsl 1000, ?MODULE:id(0) bsr 3],
    RoundTrip = [(?MODULE:id(X) bsl S) bsr S =:= X || X <- [1, -1, 12345, -98765, 1 bsl 62], S <- [1, 30, 64, 100]],
    Bad = [try ?MODULE:id(X) bsl ?MODULE:id(Y) catch C:R -> {C, R} end
           || {X, Y} <- [{1, a}, {a, 1}, {1.0, 1}, {1, 1.0}]],
    {L1, LN, L5, RBig, RNegBig, RNeg, RPos, NegShift, Zero, RoundTrip, Bad}.
