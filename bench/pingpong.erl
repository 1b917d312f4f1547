%% Ping-pong: N request/reply round trips between two processes.
-module(pingpong).
-export([start/0, run/1]).

start() -> run(100000).

run(N) ->
    Pong = spawn(fun pong/0),
    S = ping(N, Pong, 0),
    Pong ! stop,
    S.

ping(0, _, Acc) -> Acc;
ping(N, Pong, Acc) ->
    Pong ! {ping, self(), N},
    receive
        {pong, R} -> ping(N - 1, Pong, (Acc + R) band 16#FFFFFFF)
    end.

pong() ->
    receive
        {ping, From, N} ->
            From ! {pong, N * 2 + 1},
            pong();
        stop ->
            ok
    end.
