%% ets:fun2ms/1 is a parse transform (ms_transform, run by erlc): the module carries the
%% literal match specifications it produces. They must select the same rows here as on OTP.
-module(ets_fun2ms).
-export([start/0]).

-include_lib("stdlib/include/ms_transform.hrl").

start() ->
    T = ets:new(people, [set]),
    true = ets:insert(T, [{ann, 31, london}, {bob, 17, paris}, {cid, 45, paris},
                          {dee, 22, rome}, {eve, 65, london}]),
    Adults = ets:fun2ms(fun({Name, Age, _}) when Age >= 18 -> Name end),
    Paris = ets:fun2ms(fun({Name, Age, paris}) -> {Name, Age} end),
    Mixed = ets:fun2ms(fun({N, A, C}) when A > 20, A < 50; C =:= london -> {C, N} end),
    Whole = ets:fun2ms(fun(X = {_, A, _}) when A rem 2 =:= 1 -> X end),
    Del = ets:fun2ms(fun({_, A, _}) when A > 60 -> true end),
    R1 = lists:sort(ets:select(T, Adults)),
    R2 = lists:sort(ets:select(T, Paris)),
    R3 = lists:sort(ets:select(T, Mixed)),
    R4 = lists:sort(ets:select(T, Whole)),
    R5 = ets:select_count(T, Adults),
    R6 = ets:select_delete(T, Del),
    R7 = lists:sort(ets:tab2list(T)),
    %% The specifications themselves are plain terms, identical on both VMs.
    {[R1, R2, R3, R4], R5, R6, R7, [Adults, Paris, Mixed, Whole, Del]}.
