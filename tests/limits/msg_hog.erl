%% Messages to a process that never reads them, until the budget is gone: the sender ends
%% with system_limit (sending or building the next message), the reader can still be
%% killed, and the memory comes back.
%% max-memory: 3M
%% expect: {sender,system_limit,reader,killed,500500}
-module(msg_hog).
-export([start/0]).

start() ->
    {Reader, RRef} = spawn_monitor(fun() -> receive never -> ok end end),
    {Sender, SRef} = spawn_monitor(fun() -> send_for_ever(Reader) end),
    S = receive {'DOWN', SRef, process, Sender, {Why, _Stack}} -> Why; {'DOWN', SRef, process, Sender, Why} -> Why end,
    exit(Reader, kill),
    R = receive {'DOWN', RRef, process, Reader, Why2} -> Why2 end,
    {sender, S, reader, R, lists:sum(lists:seq(1, 1000))}.

send_for_ever(Pid) ->
    Pid ! {msg, lists:seq(1, 100)},
    send_for_ever(Pid).
