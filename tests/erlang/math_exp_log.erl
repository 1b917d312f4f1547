-module(math_exp_log).
-export([start/0, id/1]).

id(X) -> X.

%% 11 significant digits: robust against last-bit libm differences.
r(X) -> list_to_binary(float_to_list(X, [{scientific, 10}])).

start() ->
    Exp = [r(math:exp(?MODULE:id(X))) || X <- [0, 1, -1, 0.5, 10, -10, 100, 700, -700]],
    Log = [r(math:log(?MODULE:id(X))) || X <- [1, 2.718281828459045, 10, 0.5, 1.0e-300, 1.0e300, 1 bsl 100]],
    Log2 = [math:log2(?MODULE:id(X)) || X <- [1, 2, 4, 1024, 0.5, 0.25, 1 bsl 60]],
    Log10 = [math:log10(?MODULE:id(X)) || X <- [1, 10, 100, 1.0e10, 0.001, 1.0e-300]],
    Exact = [math:exp(?MODULE:id(0)), math:log(?MODULE:id(1)), math:log2(?MODULE:id(8)), math:log10(?MODULE:id(1000))],
    Inverse = [abs(math:log(math:exp(?MODULE:id(X))) - X) < 1.0e-12 || X <- [0.5, 1.0, 2.0, 5.0, -3.0]],
    E = math:exp(1),
    {Exp, Log, Log2, Log10, Exact, Inverse, E == 2.718281828459045}.
