-module(math_hyperbolic).
-export([start/0, id/1]).

id(X) -> X.

r(X) -> round(X * 1.0e10).

start() ->
    Xs = [?MODULE:id(X) || X <- [0, 0.5, 1, -1, 2.5, 5]],
    Sinh = [r(math:sinh(X)) || X <- Xs],
    Cosh = [r(math:cosh(X)) || X <- Xs],
    Tanh = [r(math:tanh(X)) || X <- Xs],
    ASinh = [r(math:asinh(X)) || X <- Xs],
    ACosh = [r(math:acosh(?MODULE:id(X))) || X <- [1, 1.5, 10, 100]],
    ATanh = [r(math:atanh(?MODULE:id(X))) || X <- [0, 0.5, -0.5, 0.99]],
    Erf = [r(math:erf(?MODULE:id(X))) || X <- [0, 0.5, 1, -1, 3]],
    Erfc = [r(math:erfc(?MODULE:id(X))) || X <- [0, 0.5, 1, -1]],
    Ident = [abs(math:cosh(?MODULE:id(X)) * math:cosh(X) - math:sinh(X) * math:sinh(X) - 1) < 1.0e-9 || X <- Xs],
    Exact = [math:sinh(?MODULE:id(0.0)), math:cosh(?MODULE:id(0.0)), math:tanh(?MODULE:id(0.0)), math:tanh(?MODULE:id(100.0))],
    {Sinh, Cosh, Tanh, ASinh, ACosh, ATanh, Erf, Erfc, Ident, Exact}.
