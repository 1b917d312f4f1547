%% A process that builds an ever longer list runs out of the memory budget: it ends with
%% system_limit, and the rest of the system (here, the start process) goes on.
%% max-memory: 3M
%% expect: {down,system_limit,500500}
-module(list_hog).
-export([start/0]).

start() ->
    {Pid, Ref} = spawn_monitor(fun() -> grow([], 0) end),
    Reason = receive {'DOWN', Ref, process, Pid, {R, _Stack}} -> R; {'DOWN', Ref, process, Pid, R} -> R end,
    {down, Reason, lists:sum(lists:seq(1, 1000))}.

grow(L, N) -> grow([N, N | L], N + 1).
