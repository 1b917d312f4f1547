%% Memory per idle process: spawns N processes that each report ready and block in receive,
%% then measures. Returns {N, MemoryDelta, ProcessInfoMemorySum}: the growth of
%% erlang:memory(total) and the sum of process_info(P, memory) over the N processes, in
%% bytes. Not compared with OTP (the figures are the VM's own): bench.py reports them.
-module(idle_procs).
-export([start/0, run/1]).

start() -> run(10000).

run(N) ->
    erlang:garbage_collect(),
    M0 = erlang:memory(total),
    Self = self(),
    Pids = spawn_all(N, Self, []),
    wait_ready(N),
    M1 = erlang:memory(total),
    Sum = sum_mem(Pids, 0),
    [P ! stop || P <- Pids],
    {N, M1 - M0, Sum}.

spawn_all(0, _, Acc) -> Acc;
spawn_all(N, Parent, Acc) ->
    P = spawn(fun() -> Parent ! ready, idle() end),
    spawn_all(N - 1, Parent, [P | Acc]).

idle() ->
    receive stop -> ok end.

wait_ready(0) -> ok;
wait_ready(N) -> receive ready -> wait_ready(N - 1) end.

sum_mem([], Acc) -> Acc;
sum_mem([P | Ps], Acc) ->
    {memory, M} = erlang:process_info(P, memory),
    sum_mem(Ps, Acc + M).
