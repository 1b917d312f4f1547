-module(float_to_list_decimals).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 0.05, 0.15, 0.25,
            1.005, 2.675, 3.14159265358979, -3.14159265358979, 123456.789, 1.0e10, 1.0e15,
            1.0e20, 1.0e-5, 9.995, 0.999, 99.99, -0.0001]],
    D = [[float_to_list(V, [{decimals, N}]) || N <- [0, 1, 2, 3, 10]] || V <- Vals],
    C = [[float_to_list(V, [{decimals, N}, compact]) || N <- [0, 2, 5, 10]] || V <- Vals, abs(V) < 1.0e16],
    Big = [float_to_list(?MODULE:id(V), [{decimals, 20}]) || V <- [0.1, 1.0, 1.0e-10]],
    Max = float_to_list(?MODULE:id(0.1), [{decimals, 253}]),
    Huge = [try float_to_list(?MODULE:id(V), [{decimals, 2}]) catch Cl:Rs -> {Cl, Rs} end || V <- [1.0e52, 1.0e53, -1.0e60]],
    Bins = [float_to_binary(?MODULE:id(V), [{decimals, 4}]) || V <- [1.0, -2.5, 1.0e-7]],
    BinC = [float_to_binary(?MODULE:id(V), [{decimals, 4}, compact]) || V <- [1.0, -2.5, 1.23456]],
    Bad = [try float_to_list(?MODULE:id(1.0), ?MODULE:id(O)) catch Cl:Rs -> {Cl, Rs} end
           || O <- [[{decimals, -1}], [{decimals, 254}], [{decimals, a}], [bogus], [{scientific, 250}], a]],
    Last = float_to_list(?MODULE:id(1.5), [{decimals, 3}, {decimals, 1}]),
    {D, C, Big, length(Max), lists:reverse(lists:reverse(Max)) =:= Max, Huge, Bins, BinC, Bad, Last}.
