%% Spawning processes until the memory budget is gone: spawn raises system_limit, and once
%% the processes are gone the memory is there again.
%% max-memory: 3M
%% expect: {caught,system_limit,true,{ok,done}}
-module(spawn_hog).
-export([start/0]).

start() ->
    {R, Pids} = spawn_until_error([]),
    Many = length(Pids) > 100,
    [exit(P, kill) || P <- Pids],
    timer:sleep(10),
    {Pid, Ref} = spawn_monitor(fun() -> exit({ok, done}) end),
    Down = receive {'DOWN', Ref, process, Pid, D} -> D end,
    {caught, R, Many, Down}.

spawn_until_error(Acc) ->
    try spawn(fun() -> receive stop -> ok end end) of
        P -> spawn_until_error([P | Acc])
    catch
        error:E -> {E, Acc}
    end.
