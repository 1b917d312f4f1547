-module(proc_fairness).
-export([start/0]).

spin(N) -> spin(N + 1).

pingpong(_, 0) -> ok;
pingpong(P, N) -> P ! {self(), N}, receive {P, N} -> pingpong(P, N - 1) end.

echo() -> receive {From, N} -> From ! {self(), N}, echo(); stop -> ok end.

start() ->
    %% Busy processes must not starve the others: preemption by reductions.
    Spinners = [spawn(fun() -> spin(0) end) || _ <- lists_seq(4)],
    E = spawn(fun echo/0),
    R = pingpong(E, 1000),
    E ! stop,
    Old = process_flag(priority, high),
    Hi = process_flag(priority, low),
    Low = process_flag(priority, normal),
    {P, Ref} = spawn_opt(fun() -> process_flag(priority, low), exit(done) end, [monitor, {priority, high}]),
    D = receive {'DOWN', Ref, process, P, Why} -> Why end,
    {reductions, Reds} = process_info(self(), reductions),
    Y = erlang:yield(),
    [exit(S, kill) || S <- Spinners],
    receive after 5 -> ok end,
    Dead = [is_process_alive(S) || S <- Spinners],
    {R, Old, Hi, Low, D, is_integer(Reds) andalso Reds > 0, Y, Dead}.

lists_seq(0) -> [];
lists_seq(N) -> [N | lists_seq(N - 1)].
