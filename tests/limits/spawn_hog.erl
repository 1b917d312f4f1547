%% Spawning processes until the memory budget is gone: spawn (or the growing list of
%% pids, whichever asks first) raises system_limit in the spawning process, and once it
%% and its linked processes are gone the memory is there again.
%% max-memory: 3M
%% expect: {caught,system_limit,true,{ok,done}}
-module(spawn_hog).
-export([start/0]).

start() ->
    Self = self(),
    {Hog, Ref} = spawn_monitor(fun() -> spawn_until_error(Self, 0) end),
    Reason = receive {'DOWN', Ref, process, Hog, R} -> R end,
    Many = receive {spawned, N} -> N >= 100 after 0 -> false end,
    timer:sleep(10),
    {Pid, Ref2} = spawn_monitor(fun() -> exit({ok, done}) end),
    Down = receive {'DOWN', Ref2, process, Pid, D} -> D end,
    {caught, limit(Reason), Many, Down}.

limit(system_limit) -> system_limit;
limit({system_limit, _}) -> system_limit;
limit(Other) -> Other.

%% Every 100 processes the parent hears how many there are; the processes are linked, so
%% they end with their spawner.
spawn_until_error(Parent, N) ->
    _ = spawn_link(fun() -> receive stop -> ok end end),
    case (N + 1) rem 100 of
        0 -> Parent ! {spawned, N + 1};
        _ -> ok
    end,
    spawn_until_error(Parent, N + 1).
