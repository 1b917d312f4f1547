-module(float_conv_misc).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

start() ->
    Float = [t(fun() -> float(?MODULE:id(X)) end) || X <- [0, -0, 42, -42, 1 bsl 62, 1 bsl 63, 1 bsl 64, 12345678901234567890,
                                                           3.5, a, "1", <<"1">>]],
    IntConv = [{trunc(?MODULE:id(F)), round(F)} || F <- [1.0e15, 9.007199254740993e15, 1.8446744073709552e19, -4.611686018427388e18]],
    Equal = [float(?MODULE:id(I)) == I || I <- [1 bsl 53, (1 bsl 53) + 1, 1 bsl 100, (1 bsl 100) + 1]],
    ToList = [float_to_list(float(?MODULE:id(I)), [short]) || I <- [1, 100, 1 bsl 53, 1 bsl 70, -7]],
    Div = [?MODULE:id(X) / Y || {X, Y} <- [{1, 3}, {2, 3}, {10, 4}, {-9, 3}, {1 bsl 80, 1 bsl 40}, {7, 7.0}]],
    {Float, IntConv, Equal, ToList, Div}.
