-module(conv_iolist).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

deep(0) -> [<<"x">>];
deep(N) -> [deep(N - 1), $a, [<<"b">> | deep(N - 1)]].

start() ->
    IoLists = [[], <<>>, "abc", <<"abc">>, [<<"a">>, "b", [$c, [<<"d">>, []], <<>>]], [[[[[]]]]],
               [$a | <<"bc">>], [[$a | <<"b">>] | <<"c">>], [<<1, 2>>, 3, [4, [5 | <<6>>]]], [0, 255]],
    Bins = [iolist_to_binary(?MODULE:id(L)) || L <- IoLists],
    Sizes = [iolist_size(?MODULE:id(L)) || L <- IoLists],
    D = deep(?MODULE:id(10)),
    DeepRes = {iolist_size(D), byte_size(iolist_to_binary(D)), binary:part(iolist_to_binary(D), 0, 12)},
    Bad = [t(fun() -> iolist_to_binary(?MODULE:id(X)) end) || X <- [[256], [-1], [a], a, [<<1:1>>], [1 | 2], [$a | b], 1, [1.0]]],
    BadSize = [t(fun() -> iolist_size(?MODULE:id(X)) end) || X <- [[256], a, [<<1:7>>], [[] | x]]],
    BinOk = [iolist_to_binary(?MODULE:id(<<"already">>)), iolist_size(?MODULE:id(<<"seven77">>))],
    Long = iolist_size(?MODULE:id([<<"0123456789">> || _ <- deep_count(1000)])),
    {Bins, Sizes, DeepRes, Bad, BadSize, BinOk, Long}.

deep_count(0) -> [];
deep_count(N) -> [N | deep_count(N - 1)].
