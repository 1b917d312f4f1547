%% Process aliases: alias/0,1, unalias/1, monitor/3 with {alias, Mode}; messages to
%% inactive aliases are dropped.
-module(proc_alias).
-export([start/0, id/1]).

id(X) -> X.

flush() ->
    receive M -> [M | flush()] after 30 -> [] end.

%% Sends Msg to Dest from another process (as a server replying would).
send_from_other(Dest, Msg) ->
    {P, R} = spawn_monitor(fun() -> Dest ! Msg end),
    receive {'DOWN', R, process, P, _} -> ok end.

tag(A, [{A, X} | T]) -> [{alias, X} | tag(A, T)];
tag(A, [X | T]) -> [X | tag(A, T)];
tag(_, []) -> [].

start() ->
    A1 = alias(),
    send_from_other(A1, {A1, one}),
    send_from_other(A1, {A1, two}),
    R1 = [is_reference(A1), tag(A1, flush()), unalias(A1), unalias(A1)],
    send_from_other(A1, {A1, three}),
    R2 = tag(A1, flush()),
    A2 = alias([reply]),
    send_from_other(A2, {A2, first}),
    send_from_other(A2, {A2, second}),
    R3 = [tag(A2, flush()), unalias(A2)],
    %% An alias tied to a monitor ends with demonitor or the 'DOWN' message.
    Srv = spawn(fun() -> receive {From, Msg} -> From ! {reply, Msg}, receive stop -> ok end end end),
    M1 = monitor(process, Srv, [{alias, demonitor}]),
    Srv ! {M1, hi},
    R4 = [tag(M1, flush())],
    demonitor(M1, [flush]),
    send_from_other(M1, {M1, late}),
    R5 = [tag(M1, flush()), unalias(M1)],
    M2 = monitor(process, Srv, [{alias, demonitor}]),
    Srv ! stop,
    receive {'DOWN', M2, process, Srv, _} -> ok end,
    send_from_other(M2, {M2, after_down}),
    R6 = [tag(M2, flush())],
    %% reply_demonitor: the first message also ends the monitor.
    Srv2 = spawn(fun() -> receive stop -> ok end end),
    M3 = monitor(process, Srv2, [{alias, reply_demonitor}]),
    send_from_other(M3, {M3, r1}),
    send_from_other(M3, {M3, r2}),
    Srv2 ! stop,
    R7 = [tag(M3, flush())],
    %% explicit_unalias outlives the monitor.
    Srv3 = spawn(fun() -> ok end),
    M4 = monitor(process, Srv3, [{alias, explicit_unalias}]),
    timer_wait(),
    send_from_other(M4, {M4, still}),
    R8 = [[element(1, X) || X <- tag(M4, flush())], unalias(M4)],
    %% Monitoring a dead process: the demonitor alias is inactive at once.
    M5 = monitor(process, Srv3, [{alias, demonitor}]),
    send_from_other(M5, {M5, dead}),
    R9 = [[element(1, X) || X <- tag(M5, flush())]],
    Bad = [catch monitor(process, self(), [{alias, bogus}]), catch alias(bogus), catch unalias(x),
           unalias(make_ref())],
    [R1, R2, R3, R4, R5, R6, R7, R8, R9,
     [case B of {'EXIT', {R, _}} -> R; _ -> B end || B <- Bad]].

timer_wait() ->
    receive after 20 -> ok end.
