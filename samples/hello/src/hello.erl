%% AtomVM on Zephyr: the hello sample.
-module(hello).
-export([start/0]).

start() ->
    erlang:display("Hello, World!"),
    %% A second process and a message round trip: the scheduler at work.
    Self = self(),
    Pid = spawn(fun() -> receive {ping, From} -> From ! {pong, self()} end end),
    Pid ! {ping, Self},
    receive
        {pong, Pid} -> erlang:display(pong)
    after 1000 -> erlang:display(no_pong)
    end,
    %% Nothing to run for 50 ms: the scheduler thread sleeps on the semaphore.
    T0 = erlang:monotonic_time(millisecond),
    receive after 50 -> ok end,
    Slept = erlang:monotonic_time(millisecond) - T0,
    erlang:display({slept_at_least_50ms, Slept >= 50}),
    ok.
