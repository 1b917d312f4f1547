%% esp:nvs_* on Zephyr's settings subsystem: set, get
%% with and without defaults, namespaces, erase, reformat, wrong names.
%% expect: {<<118,49>>,<<118,50>>,undefined,dflt,{ok,<<118,49>>},{error,not_found},<<>>,ok,undefined,<<120>>,ok,undefined,<<121>>,ok,undefined,[badarg,badarg,badarg,badarg]}
-module(nvs_test).
-export([start/0]).

start() ->
    ok = esp:nvs_set_binary(app, k1, <<"v1">>),
    ok = esp:set_binary(<<"app">>, <<"k2">>, <<"v2">>),
    ok = esp:nvs_set_binary(k3, <<>>),
    ok = esp:nvs_set_binary(other, k1, <<"x">>),
    ok = esp:nvs_set_binary(third, k1, <<"y">>),
    R1 = esp:nvs_get_binary(app, k1),
    R2 = esp:get_binary(app, <<"k2">>),
    R3 = esp:nvs_get_binary(app, missing),
    R4 = esp:nvs_get_binary(app, missing, dflt),
    R5 = esp:nvs_fetch_binary(app, k1),
    R6 = esp:nvs_fetch_binary(app, missing),
    R7 = esp:nvs_get_binary(k3),
    R8 = esp:nvs_erase_key(app, k1),
    R9 = esp:nvs_get_binary(app, k1),
    R10 = esp:nvs_get_binary(other, k1),
    R11 = esp:nvs_erase_all(app),
    R12 = esp:nvs_get_binary(app, k2),
    R13 = esp:nvs_get_binary(third, k1),
    R14 = esp:nvs_reformat(),
    R15 = esp:nvs_get_binary(third, k1),
    Bad = [catch_error(fun() -> esp:nvs_set_binary(app, 'a_key_longer_than_15', <<>>) end),
           catch_error(fun() -> esp:nvs_set_binary(app, k, not_a_binary) end),
           catch_error(fun() -> esp:nvs_get_binary("list", k) end),
           catch_error(fun() -> esp:nvs_get_binary(app, <<"a/b">>) end)],
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, Bad}.

catch_error(F) ->
    try F() catch error:R -> R end.
