-module(float_arith).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, 1.0, -1.0, 0.5, 0.1, 2.5, -3.75, 1.0e10, 1.0e-10,
            123.456, 1.7976931348623157e308, 2.2250738585072014e-308, 5.0e-324]],
    Add = [X + Y || X <- Vals, Y <- [0.1, -2.5]],
    Mul = [X * Y || X <- Vals, Y <- [0.75, -0.5]],
    Div = [X / Y || X <- Vals, Y <- [3.0, -7.0]],
    Sub = [X - 0.25 || X <- Vals],
    Assoc = [(?MODULE:id(0.1) + 0.2) + 0.3, ?MODULE:id(0.1) + (0.2 + 0.3)],
    Sums = sum_loop(?MODULE:id(0.0), 1000),
    Harm = harmonic(?MODULE:id(1), 1000, 0.0),
    Small = [?MODULE:id(5.0e-324) / 2, ?MODULE:id(5.0e-324) * 0.5, ?MODULE:id(2.2250738585072014e-308) / 4,
             ?MODULE:id(1.0e-300) * 1.0e-300],
    Neg = [?MODULE:id(-0.0) * 1.0, ?MODULE:id(0.0) * -1.0, -(?MODULE:id(0.0)), ?MODULE:id(-0.0) + 0.0,
           ?MODULE:id(-0.0) - 0.0, 0.0 - ?MODULE:id(0.0)],
    Float1 = [float(?MODULE:id(X)) || X <- [0, 1, -1, 134217728, 9007199254740993, 1.5]],
    {Add, Mul, Div, Sub, Assoc, Sums, Harm, Small, Neg, Float1}.

sum_loop(S, 0) -> S;
sum_loop(S, N) -> sum_loop(S + 0.001, N - 1).

harmonic(I, N, S) when I > N -> S;
harmonic(I, N, S) -> harmonic(I + 1, N, S + 1 / I).
