%% ETS inserts beyond the memory budget raise system_limit in the inserting process, which
%% can catch it, delete the table and carry on.
%% max-memory: 3M
%% expect: {caught,system_limit,true,ok}
-module(ets_hog).
-export([start/0]).

start() ->
    T = ets:new(hog, [set]),
    R = try fill(T, 0) catch error:E -> E end,
    Big = ets:info(T, size) > 1000,
    true = ets:delete(T),
    T2 = ets:new(again, [set]),
    fill_some(T2, 1000),
    {caught, R, Big, ok}.

fill(T, N) ->
    ets:insert(T, {N, lists:seq(1, 20)}),
    fill(T, N + 1).

fill_some(_, 0) -> ok;
fill_some(T, N) -> ets:insert(T, {N, N}), fill_some(T, N - 1).
