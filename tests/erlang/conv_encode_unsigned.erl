-module(conv_encode_unsigned).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

start() ->
    Vals = [0, 1, 255, 256, 65535, 16#123456, 4294967295, 4294967296, 1 bsl 64, (1 bsl 100) + 7],
    Big = [binary:encode_unsigned(?MODULE:id(V)) || V <- Vals],
    Little = [binary:encode_unsigned(?MODULE:id(V), little) || V <- Vals],
    BackB = [binary:decode_unsigned(B) || B <- Big] =:= Vals,
    BackL = [binary:decode_unsigned(B, little) || B <- Little] =:= Vals,
    Dec = [binary:decode_unsigned(?MODULE:id(B)) || B <- [<<>>, <<0, 0, 1>>, <<1, 0, 0>>, <<255, 255, 255, 255, 255, 255, 255, 255, 255>>]],
    DecL = [binary:decode_unsigned(?MODULE:id(B), little) || B <- [<<0, 0, 1>>, <<1, 0, 0>>]],
    Bad = [t(fun() -> binary:encode_unsigned(?MODULE:id(X)) end) || X <- [-1, 1.0, a]],
    BadD = [t(fun() -> binary:decode_unsigned(?MODULE:id(X)) end) || X <- [<<1:3>>, "ab"]],
    {Big, Little, BackB, BackL, Dec, DecL, Bad, BadD}.
