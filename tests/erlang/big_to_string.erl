-module(big_to_string).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [1 bsl 64, -(1 bsl 64), 1 bsl 100, (1 bsl 127) - 1,
            pow(10, 30), pow(10, 30) - 1, -pow(10, 50), pow(7, 77)]],
    Strs = [integer_to_list(V) || V <- Vals],
    Bins = [integer_to_binary(V) || V <- Vals],
    B2 = [integer_to_list(V, 2) || V <- [?MODULE:id(1 bsl 70), ?MODULE:id(-(1 bsl 65) - 1)]],
    B36 = [integer_to_binary(V, 36) || V <- Vals],
    Back = [list_to_integer(integer_to_list(V, B), B) =:= V || V <- Vals, B <- [2, 3, 10, 16, 36]],
    BackBin = [binary_to_integer(integer_to_binary(V)) =:= V || V <- Vals],
    Long = ?MODULE:id(lists:reverse("1234567890123456789012345678901234567890123456789012345678901234567890")),
    LongInt = list_to_integer(Long),
    P1000 = pow(?MODULE:id(10), 1000),
    P1000S = integer_to_list(P1000),
    {Strs, Bins, B2, B36, Back, BackBin, LongInt, length(P1000S), hd(P1000S),
     list_to_integer(P1000S) =:= P1000, list_to_integer([$- | P1000S]) =:= -P1000}.

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
