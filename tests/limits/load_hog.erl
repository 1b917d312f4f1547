%% Loading a module when memory is nearly gone: the call fails cleanly (undef, as for a
%% module that cannot be loaded), and once memory is freed the same call loads it.
%% max-memory: 3M
%% expect: {full,undef,after_free,{[],[]}}
-module(load_hog).
-export([start/0]).

start() ->
    T = ets:new(fill, [set]),
    full = fill(T, 0),
    First = try queue:new() catch error:E -> E end,
    true = ets:delete(T),
    {full, First, after_free, queue:new()}.

fill(T, N) ->
    try ets:insert(T, {N, lists:seq(1, 50)}) of
        true -> fill(T, N + 1)
    catch
        error:system_limit -> full
    end.
