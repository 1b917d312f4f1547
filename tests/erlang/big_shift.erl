-module(big_shift).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    X = ?MODULE:id(16#DEADBEEFCAFEBABE1234567890ABCDEF),
    Shifts = [0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 500],
    L = [?MODULE:id(X) bsl S || S <- Shifts],
    R = [?MODULE:id(X) bsr S || S <- Shifts],
    NL = [?MODULE:id(-X) bsl S || S <- Shifts],
    NR = [?MODULE:id(-X) bsr S || S <- Shifts],
    Floor = [(?MODULE:id(-X) bsr S) =:= floor_div(-X, 1 bsl S) || S <- Shifts],
    Mul = [(?MODULE:id(X) bsl S) =:= X * (1 bsl S) || S <- Shifts],
    Shrink = [?MODULE:id(1 bsl 1000) bsr S || S <- [940, 990, 999, 1000, 1001]],
    Huge = length(integer_to_list(?MODULE:id(1) bsl 10000, 16)),
    {L, R, NL, NR, Floor, Mul, Shrink, Huge}.

floor_div(A, B) when A >= 0 -> A div B;
floor_div(A, B) -> -((-A + B - 1) div B).
