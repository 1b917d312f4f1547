-module(cmp_big_float).
-export([start/0, id/1]).

id(X) -> X.

cmp(A, B) when A < B -> lt;
cmp(A, B) when A > B -> gt;
cmp(A, B) when A == B -> eq.

pow2(N) -> 1 bsl N.

start() ->
    Exps = [52, 53, 54, 62, 63, 64, 100, 500, 1000, 1022, 1023],
    Near = [[cmp(?MODULE:id(pow2(E) + D), float(pow2(E))) || D <- [-1, 0, 1]] || E <- Exps],
    NearNeg = [[cmp(?MODULE:id(-pow2(E) + D), -float(pow2(E))) || D <- [-1, 0, 1]] || E <- Exps],
    Huge = [cmp(?MODULE:id(pow2(1024)), 1.7976931348623157e308), cmp(?MODULE:id(-pow2(1024)), -1.7976931348623157e308),
            cmp(?MODULE:id(pow2(5000)), 1.0e308), cmp(?MODULE:id(-pow2(5000)), -1.0e308),
            cmp(?MODULE:id(pow2(5000)), -1.0e308), cmp(?MODULE:id(1.0e308), pow2(1023))],
    Fractions = [cmp(?MODULE:id(pow2(60)), float(pow2(60)) + 0.0), cmp(?MODULE:id(3), 2.9999999999999996),
                 cmp(?MODULE:id(-3), -2.9999999999999996), cmp(?MODULE:id(0), 5.0e-324), cmp(?MODULE:id(0), -5.0e-324)],
    Exact = [?MODULE:id(pow2(E)) == float(pow2(E)) || E <- Exps],
    Precise = [?MODULE:id(pow2(E) + 1) == float(pow2(E)) || E <- Exps],
    {Near, NearNeg, Huge, Fractions, Exact, Precise}.
