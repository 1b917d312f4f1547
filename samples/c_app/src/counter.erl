%% AtomVM on Zephyr: an Erlang process that C code talks to (samples/c_app).
%% C sends {add, N} and stop with atomvm_send("counter", ...); the process answers
%% through zephyr:c_send/1, which calls the C receiver.
-module(counter).
-export([start/0]).

start() ->
    register(counter, self()),
    ok = zephyr:c_send(ready),
    loop(0).

loop(Sum) ->
    receive
        {add, N} when is_integer(N) ->
            ok = zephyr:c_send({sum, Sum + N}),
            loop(Sum + N);
        stop ->
            ok = zephyr:c_send({done, Sum}),
            Sum
    end.
