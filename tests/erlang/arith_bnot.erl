-module(arith_bnot).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [0, -1, 1, 134217727, -134217728, 2147483647, -2147483648,
            4294967295, 576460752303423487, -576460752303423488,
            9223372036854775807, -9223372036854775808, 18446744073709551615,
            1 bsl 100, -(1 bsl 100)],
    Nots = [bnot ?MODULE:id(V) || V <- Vals],
    Id = [bnot bnot ?MODULE:id(V) =:= V || V <- Vals],
    Law = [bnot ?MODULE:id(V) =:= -V - 1 || V <- Vals],
    Mask = [?MODULE:id(V) band bnot 16#FF || V <- Vals],
    {Nots, Id, Law, Mask, erlang:'bnot'(?MODULE:id(5))}.
