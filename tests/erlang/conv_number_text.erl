-module(conv_number_text).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

start() ->
    I2B = [integer_to_binary(?MODULE:id(I)) || I <- [0, -1, 123, 1 bsl 64, -(1 bsl 70)]],
    B2I = [t(fun() -> binary_to_integer(?MODULE:id(B)) end) || B <- [<<"0">>, <<"-0">>, <<"007">>, <<"+5">>,
           <<"99999999999999999999999">>, <<"1_000">>, <<"0x10">>, <<" 1">>, <<"1.0">>]],
    B2IBase = [t(fun() -> binary_to_integer(?MODULE:id(B), Base) end) || {B, Base} <- [{<<"7fffffff">>, 16},
               {<<"-1010">>, 2}, {<<"z">>, 36}, {<<"Z">>, 36}, {<<"8">>, 8}, {<<"10">>, 37}]],
    F2B = [float_to_binary(?MODULE:id(F), [short]) || F <- [0.5, -1.25, 1.0e-20, 6.0e23]],
    B2F = [t(fun() -> binary_to_float(?MODULE:id(B)) end) || B <- [<<"0.5">>, <<"-1.25e2">>, <<"1e2">>, <<"1.0E-2">>]],
    Mixed = [t(fun() -> list_to_integer(?MODULE:id(S)) end) || S <- ["1.5", "1e3"]] ++
            [t(fun() -> list_to_float(?MODULE:id(S)) end) || S <- ["15", "1.5e3"]],
    Round = [binary_to_integer(integer_to_binary(?MODULE:id(I), B), B) =:= I || I <- [0, 42, -(1 bsl 100)], B <- [2, 16, 36]],
    {I2B, B2I, B2IBase, F2B, B2F, Mixed, Round}.
