-module(conv_binary_list).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

start() ->
    B2L = [binary_to_list(?MODULE:id(B)) || B <- [<<>>, <<"abc">>, <<0, 255, 128>>, <<"é"/utf8>>]],
    B2L3 = [t(fun() -> binary_to_list(?MODULE:id(<<"abcdef">>), S, E) end) || {S, E} <- [{1, 6}, {2, 3}, {3, 3}, {4, 3}, {0, 2}, {1, 7}, {5, 4}]],
    L2B = [list_to_binary(?MODULE:id(L)) || L <- [[], "abc", [0, 255], [<<"ab">>, $c, [$d, [<<"e">>]]], [[], [[]], <<>>],
                                                 [<<"a">> | <<"b">>], [$x | <<"yz">>]]],
    BadL2B = [t(fun() -> list_to_binary(?MODULE:id(X)) end) || X <- [[256], [-1], [a], [1.0], [$a | b], abc, <<"a">>,
                                                                  [<<1:3>>], [[$a | $b]], [{}]]],
    Bits = [bitstring_to_list(?MODULE:id(B)) || B <- [<<>>, <<1:3>>, <<"ab", 5:4>>, <<"abc">>]],
    L2Bits = [list_to_bitstring(?MODULE:id(L)) || L <- [[<<1:3>>], [<<"a">>, <<1:1>>], [$a, [<<7:3>>]], ["ab" | <<1:2>>]]],
    BadL2Bits = [t(fun() -> list_to_bitstring(?MODULE:id(X)) end) || X <- [[<<1:1>>, a], [300], a]],
    BadB2L = [t(fun() -> binary_to_list(?MODULE:id(X)) end) || X <- [<<1:3>>, "abc", a]],
    Split = [split_binary(?MODULE:id(<<"hello">>), N) || N <- [0, 2, 5]],
    BadSplit = [t(fun() -> split_binary(?MODULE:id(<<"hello">>), N) end) || N <- [6, -1, a]],
    {B2L, B2L3, L2B, BadL2B, Bits, L2Bits, BadL2Bits, BadB2L, Split, BadSplit}.
