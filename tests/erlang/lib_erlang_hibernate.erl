-module(lib_erlang_hibernate).
-export([start/0, id/1, wake/2, wake_raise/1, loop/1]).

id(X) -> X.

%% Resumes here after hibernate: the message that woke it is still in the mailbox.
wake(Parent, Tag) ->
    receive Msg -> Parent ! {Tag, woke, Msg} end,
    {dictionary, D} = process_info(self(), dictionary),
    Parent ! {Tag, dict, D}.

%% The catch around hibernate/3 is gone after waking: this exception ends the process.
wake_raise(Parent) ->
    Parent ! {raising, self()},
    erlang:error(after_wake).

%% A loop that hibernates between messages, keeping its state in the arguments.
loop(N) ->
    receive
        {add, K} -> erlang:hibernate(?MODULE, loop, [N + K]);
        {get, From} -> From ! {value, N}, erlang:hibernate(?MODULE, loop, [N]);
        stop -> exit({stopped, N})
    end.

start() ->
    Self = self(),
    P1 = spawn(fun() ->
                   put(key, value),
                   _Garbage = lists:seq(1, 10000),
                   erlang:hibernate(?MODULE, wake, [Self, one])
               end),
    St1 = wait_hibernated(P1, 500),
    P1 ! hello,
    R1 = receive {one, woke, M1} -> M1 after 2000 -> timeout end,
    R1d = receive {one, dict, D1} -> D1 after 2000 -> timeout end,
    %% A message already waiting: hibernate returns at once into wake/2.
    P2 = spawn(fun() ->
                   Self ! ready,
                   receive go -> ok end,
                   self() ! early,
                   erlang:hibernate(?MODULE, wake, [Self, two])
               end),
    receive ready -> ok end,
    P2 ! go,
    R2 = receive {two, woke, M2} -> M2 after 2000 -> timeout end,
    %% Catches do not survive.
    {P3, Ref3} = spawn_monitor(fun() ->
                                   try erlang:hibernate(?MODULE, wake_raise, [Self])
                                   catch _:_ -> Self ! caught
                                   end
                               end),
    P3 ! wake_up,
    R3 = receive {raising, P3} -> ok after 2000 -> timeout end,
    R3d = receive
              caught -> caught;
              {'DOWN', Ref3, process, P3, {Why, _}} -> Why
          after 2000 -> timeout
          end,
    %% A looping hibernating server.
    {P4, Ref4} = spawn_monitor(?MODULE, loop, [0]),
    P4 ! {add, 5}, P4 ! {add, 7}, P4 ! {get, self()},
    R4 = receive {value, V4} -> V4 after 2000 -> timeout end,
    P4 ! stop,
    R4d = receive {'DOWN', Ref4, process, P4, W4} -> W4 after 2000 -> timeout end,
    %% Returning from the function it woke into ends the process normally.
    {P5, Ref5} = spawn_monitor(fun() -> erlang:hibernate(lists, reverse, [[1, 2]]) end),
    P5 ! x,
    R5 = receive {'DOWN', Ref5, process, P5, W5} -> W5 after 2000 -> timeout end,
    %% Bad arguments.
    Bad = [catch_reason(fun() -> erlang:hibernate(?MODULE:id(1), f, []) end),
           catch_reason(fun() -> erlang:hibernate(m, f, ?MODULE:id(x)) end),
           catch_reason(fun() -> erlang:hibernate(m, f, ?MODULE:id([a | b])) end)],
    [St1, R1, R1d, R2, R3, R3d, R4, R4d, R5, Bad].

%% Polls until P waits in erlang:hibernate/3 (the status and function it shows then).
wait_hibernated(P, 0) -> process_info(P, [status, current_function]);
wait_hibernated(P, K) ->
    case process_info(P, [status, current_function]) of
        [{status, waiting}, {current_function, {erlang, hibernate, 3}}] = I -> I;
        _ -> receive after 10 -> wait_hibernated(P, K - 1) end
    end.

catch_reason(F) ->
    try F() catch C:R -> {C, R} end.
