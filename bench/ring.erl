%% A ring of P processes passing a counter around Laps times: send, receive, context switch.
-module(ring).
-export([start/0, run/1]).

start() -> run({100, 10000}).

run({P, Laps}) ->
    Self = self(),
    First = spawn(fun() -> first(Self) end),
    Last = make_ring(P - 1, First),
    First ! {next, Last},
    First ! {token, 0, Laps},
    receive
        {done, V} -> {P, Laps, V}
    end.

%% Each new process forwards to the one spawned before it; the first closes the ring.
make_ring(0, Next) -> Next;
make_ring(N, Next) -> make_ring(N - 1, spawn(fun() -> relay(Next) end)).

relay(Next) ->
    receive
        {token, V, L} ->
            Next ! {token, V + 1, L},
            relay(Next);
        stop ->
            Next ! stop
    end.

first(Parent) ->
    receive {next, Next} -> first_loop(Parent, Next) end.

first_loop(Parent, Next) ->
    receive
        {token, V, 0} ->
            Next ! stop,
            receive stop -> ok end,
            Parent ! {done, V};
        {token, V, L} ->
            Next ! {token, V + 1, L - 1},
            first_loop(Parent, Next)
    end.
