-module(arith_boundaries).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Exps = [27, 28, 31, 32, 47, 53, 59, 60, 63, 64, 127, 128],
    Around = [[P - 1, P, P + 1, -P - 1, -P, -P + 1] || E <- Exps, P <- [pow2(?MODULE:id(E))]],
    Types = [{is_integer(X), X > 0} || L <- Around, X <- L],
    Eq = [pow2(?MODULE:id(E)) =:= (1 bsl E) || E <- Exps],
    Cmp = [{pow2(E) - 1 < pow2(E), -pow2(E) < -pow2(E) + 1} || E <- Exps],
    Crossing = [(P - 1) + 2 - 1 =:= P || E <- Exps, P <- [pow2(?MODULE:id(E))]],
    Doubling = doubling(?MODULE:id(1), 130, []),
    Halving = halving(?MODULE:id(1 bsl 130), []),
    {Around, Types, Eq, Cmp, Crossing, Doubling, Halving}.

pow2(0) -> 1;
pow2(N) -> 2 * pow2(N - 1).

doubling(_, 0, Acc) -> length(Acc);
doubling(X, N, Acc) -> doubling(X + X, N - 1, [X | Acc]).

halving(0, Acc) -> {length(Acc), hd(Acc)};
halving(X, Acc) -> halving(X div 2, [X | Acc]).
