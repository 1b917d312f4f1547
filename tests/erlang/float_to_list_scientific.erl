-module(float_to_list_scientific).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 123.456, 1.0e10, 1.0e-10,
            1.0e100, 1.0e-100, 1.7976931348623157e308, 5.0e-324, 9.99999, 0.000999, 2.5, 3.5]],
    S = [[float_to_list(V, [{scientific, N}]) || N <- [0, 1, 2, 5, 10, 20]] || V <- Vals],
    SB = [float_to_binary(V, [{scientific, 3}]) || V <- Vals],
    SC = [float_to_list(?MODULE:id(V), [{scientific, 10}, compact]) || V <- [1.0, 1.5]],
    Big = float_to_list(?MODULE:id(0.1), [{scientific, 60}]),
    Mix1 = float_to_list(?MODULE:id(1.5), [{scientific, 2}, {decimals, 2}]),
    Mix2 = float_to_list(?MODULE:id(1.5), [{decimals, 2}, {scientific, 2}]),
    Mix3 = float_to_list(?MODULE:id(1.5), [{decimals, 2}, short]),
    Mix4 = float_to_list(?MODULE:id(1.5), [short, {decimals, 2}]),
    {S, SB, SC, Big, Mix1, Mix2, Mix3, Mix4}.
