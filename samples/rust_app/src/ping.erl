%% Started by samples/rust_app's Rust code: prints a line on the console (through the
%% Rust Platform's write_console), plays ping-pong with a spawned process, waits on a
%% timer, and returns {pong, 3}.
-module(ping).
-export([start/0]).

start() ->
    erlang:display({ping, from_erlang}),
    Self = self(),
    Pid = spawn(fun() -> pong_loop(Self, 0) end),
    N = ping(Pid, 3),
    receive after 20 -> ok end,
    {pong, N}.

ping(Pid, 0) ->
    Pid ! stop,
    receive {count, N} -> N end;
ping(Pid, K) ->
    Pid ! {ping, self()},
    receive pong -> ping(Pid, K - 1) end.

pong_loop(Parent, N) ->
    receive
        {ping, From} -> From ! pong, pong_loop(Parent, N + 1);
        stop -> Parent ! {count, N}
    end.
