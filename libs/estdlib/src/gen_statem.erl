%% gen_statem: the generic state machine behaviour, with OTP's callback modes
%% (state_functions, handle_event_function, state_enter), transition actions (postpone,
%% next_event, reply, event/state/generic timeouts, hibernate, change_callback_module)
%% and API.
-module(gen_statem).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/1, reply/2, enter_loop/4, enter_loop/5,
         enter_loop/6, send_request/2, wait_response/1, wait_response/2, receive_response/1,
         receive_response/2, check_response/2]).

%% Internal (proc_lib, sys and logger call these).
-export([init_it/6, system_continue/3, system_terminate/4, system_get_state/1,
         system_replace_state/2, system_code_change/4, format_status/2, format_log/2,
         wakeup_from_hibernate/3]).

-callback init(Args :: term()) -> term().
-callback callback_mode() -> atom() | [atom()].
-callback handle_event(EventType :: term(), EventContent :: term(), State :: term(), Data :: term()) -> term().
-callback terminate(Reason :: term(), State :: term(), Data :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Data :: term(), Extra :: term()) -> term().
-callback format_status(Opt :: term(), StatusData :: list()) -> term().
-optional_callbacks([handle_event/4, terminate/3, code_change/4, format_status/2]).

%% ---- starting ----

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).

stop(ServerRef) -> gen:stop(ServerRef).
stop(ServerRef, Reason, Timeout) -> gen:stop(ServerRef, Reason, Timeout).

init_it(Starter, Parent, Name0, Mod, Args, _Opts) ->
    Name = gen:name(Name0),
    Result = try {ok, Mod:init(Args)}
             catch
                 throw:R -> {ok, R};
                 C:R:St -> {'EXIT', C, R, St}
             end,
    case Result of
        {ok, {ok, State, Data}} ->
            init_ok(Starter, Parent, Name, Mod, State, Data, []);
        {ok, {ok, State, Data, Actions}} ->
            init_ok(Starter, Parent, Name, Mod, State, Data, Actions);
        {ok, {stop, Reason}} ->
            gen:init_fail(Starter, Name0, Reason);
        {ok, ignore} ->
            gen:init_ignore(Starter, Name0);
        {ok, Else} ->
            gen:init_fail(Starter, Name0, {bad_return_from_init, Else});
        {'EXIT', Class, Reason, Stack} ->
            gen:init_raise(Starter, Name0, Class, Reason, Stack)
    end.

init_ok(Starter, Parent, Name, Mod, State, Data, Actions) ->
    proc_lib:init_ack(Starter, {ok, self()}),
    enter(Parent, Name, Mod, State, Data, Actions).


enter_loop(Mod, Opts, State, Data) ->
    enter_loop(Mod, Opts, State, Data, self(), []).

enter_loop(Mod, Opts, State, Data, Server) when is_pid(Server); is_tuple(Server) ->
    enter_loop(Mod, Opts, State, Data, Server, []);
enter_loop(Mod, Opts, State, Data, Actions) ->
    enter_loop(Mod, Opts, State, Data, self(), Actions).

enter_loop(Mod, _Opts, State, Data, Server, Actions) ->
    case Server =:= self() orelse gen:where(Server) =:= self() of
        true -> ok;
        false -> erlang:error(process_not_registered)
    end,
    enter(gen:get_parent(), gen:name(Server), Mod, State, Data, Actions).

%% The first state: the callback mode, the initial state enter call, the init actions.
enter(Parent, Name, Mod, State, Data, Actions) ->
    S0 = #{parent => Parent, name => Name, module => Mod, state => State, data => Data,
           mode => undefined, enter => false, postponed => [], timers => #{}},
    case callback_mode(Mod, S0) of
        {ok, S} ->
            Event = {{call, undefined}, init},
            transition(S, Event, State, Data, listify(Actions), [], true);
        {error, Reason, S} ->
            terminate(exit, Reason, [], S, [])
    end.

callback_mode(Mod, S) ->
    try Mod:callback_mode() of
        CM -> parse_callback_mode(CM, S)
    catch
        throw:CM -> parse_callback_mode(CM, S);
        Class:Reason:Stack -> {error, gen:exit_reason(Class, Reason, Stack), S}
    end.

parse_callback_mode(CM, S) when CM =:= state_functions; CM =:= handle_event_function ->
    {ok, S#{mode => CM, enter => false}};
parse_callback_mode(CMs, S) when is_list(CMs) ->
    Modes = [M || M <- CMs, M =:= state_functions orelse M =:= handle_event_function],
    Enter = lists:member(state_enter, CMs),
    case Modes of
        [M] -> {ok, S#{mode => M, enter => Enter}};
        _ -> {error, {bad_callback_mode, CMs}, S}
    end;
parse_callback_mode(CM, S) ->
    {error, {bad_callback_mode, CM}, S}.

%% ---- client API ----

call(ServerRef, Request) ->
    call(ServerRef, Request, infinity).

call(ServerRef, Request, Timeout) ->
    T = case Timeout of
            {dirty_timeout, X} -> X;
            {clean_timeout, X} -> X;
            X -> X
        end,
    try gen:call(ServerRef, '$gen_call', Request, T) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [ServerRef, Request, Timeout]}})
    end.

cast(ServerRef, Msg) ->
    case ServerRef of
        {global, _} -> ok;
        {via, Mod, Name} -> catch Mod:send(Name, {'$gen_cast', Msg}), ok;
        _ -> catch erlang:send(ServerRef, {'$gen_cast', Msg}), ok
    end.

reply({reply, From, Reply}) -> reply(From, Reply);
reply(Replies) when is_list(Replies) -> [reply(R) || R <- Replies], ok.

reply(From, Reply) -> gen:reply(From, Reply).

send_request(ServerRef, Request) -> gen:send_request(ServerRef, '$gen_call', Request).
wait_response(ReqId) -> gen:wait_response(ReqId, infinity).
wait_response(ReqId, Timeout) -> gen:wait_response(ReqId, Timeout).
receive_response(ReqId) -> gen:receive_response(ReqId, infinity).
receive_response(ReqId, Timeout) -> gen:receive_response(ReqId, Timeout).
check_response(Msg, ReqId) -> gen:check_response(Msg, ReqId).

%% ---- the event loop ----

%% Events: the queue of events to handle before receiving more (next_event actions,
%% retried postponed events, zero-time timeouts).
loop(S, [Event | Events]) ->
    handle(cancel_event_timeout(S), Event, Events);
loop(#{hibernate := true, parent := Parent} = S, []) ->
    %% Hibernate (erlang:hibernate/3): the process waits with a minimal heap and comes
    %% back through wakeup_from_hibernate/3 when a message arrives.
    proc_lib:hibernate(?MODULE, wakeup_from_hibernate, [Parent, [], maps:remove(hibernate, S)]);
loop(#{parent := Parent} = S, []) ->
    receive
        Msg ->
            case Msg of
                {system, From, Req} ->
                    sys:handle_system_msg(Req, From, Parent, ?MODULE, [], S);
                {'EXIT', Parent, Reason} ->
                    terminate(exit, Reason, [], S, []);
                {'$gen_call', From, Request} ->
                    handle(cancel_event_timeout(S), {{call, From}, Request}, []);
                {'$gen_cast', Request} ->
                    handle(cancel_event_timeout(S), {cast, Request}, []);
                {timeout, Ref, {'$gen_statem_timeout', Type}} = Info ->
                    #{timers := Timers} = S,
                    case maps:find(Type, Timers) of
                        {ok, {Ref, Content}} ->
                            S1 = S#{timers := maps:remove(Type, Timers)},
                            S2 = case Type of
                                     timeout -> S1;
                                     _ -> cancel_event_timeout(S1)
                                 end,
                            handle(S2, {Type, Content}, []);
                        _ ->
                            handle(cancel_event_timeout(S), {info, Info}, [])
                    end;
                Info ->
                    handle(cancel_event_timeout(S), {info, Info}, [])
            end
    end.

cancel_event_timeout(#{timers := Timers} = S) ->
    case maps:take(timeout, Timers) of
        {{Ref, _}, T1} ->
            cancel_timer(Ref),
            S#{timers := T1};
        error ->
            S
    end.

cancel_timer(zero) -> ok;
cancel_timer(Ref) ->
    case erlang:cancel_timer(Ref) of
        false -> receive {timeout, Ref, _} -> ok after 0 -> ok end;
        _ -> ok
    end.

handle(#{state := State, data := Data} = S, {Type, Content} = Event, Events) ->
    case call_state_callback(S, Type, Content, State, Data) of
        {ok, Result} ->
            result(S, Event, Result, Events, false);
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, S, [Event | Events])
    end.

call_state_callback(#{module := Mod, mode := Mode}, Type, Content, State, Data) ->
    try
        case Mode of
            state_functions -> {ok, Mod:State(Type, Content, Data)};
            handle_event_function -> {ok, Mod:handle_event(Type, Content, State, Data)}
        end
    catch
        throw:R -> {ok, R};
        Class:R:Stack -> {'EXIT', Class, R, Stack}
    end.

%% Interprets a state callback's result. Enter: whether it came from a state enter call.
result(#{state := State, data := Data} = S, Event, Result, Events, Enter) ->
    case Result of
        {next_state, NState, NData} ->
            next(S, Event, NState, NData, [], Events, Enter, false);
        {next_state, NState, NData, Actions} ->
            next(S, Event, NState, NData, listify(Actions), Events, Enter, false);
        {keep_state, NData} ->
            next(S, Event, State, NData, [], Events, Enter, false);
        {keep_state, NData, Actions} ->
            next(S, Event, State, NData, listify(Actions), Events, Enter, false);
        keep_state_and_data ->
            next(S, Event, State, Data, [], Events, Enter, false);
        {keep_state_and_data, Actions} ->
            next(S, Event, State, Data, listify(Actions), Events, Enter, false);
        {repeat_state, NData} ->
            next(S, Event, State, NData, [], Events, Enter, true);
        {repeat_state, NData, Actions} ->
            next(S, Event, State, NData, listify(Actions), Events, Enter, true);
        repeat_state_and_data ->
            next(S, Event, State, Data, [], Events, Enter, true);
        {repeat_state_and_data, Actions} ->
            next(S, Event, State, Data, listify(Actions), Events, Enter, true);
        {stop, Reason} ->
            terminate(exit, Reason, stack(), S, [Event | Events]);
        {stop, Reason, NData} ->
            terminate(exit, Reason, [], S#{data := NData}, [Event | Events]);
        {stop_and_reply, Reason, Replies} ->
            send_replies(listify(Replies)),
            terminate(exit, Reason, stack(), S, [Event | Events]);
        {stop_and_reply, Reason, Replies, NData} ->
            send_replies(listify(Replies)),
            terminate(exit, Reason, [], S#{data := NData}, [Event | Events]);
        _ when Enter ->
            terminate(error, {bad_return_from_state_enter_call, Result}, stack(), S, [Event | Events]);
        _ ->
            terminate(error, {bad_return_from_state_function, Result}, stack(), S, [Event | Events])
    end.

send_replies([]) -> ok;
send_replies([{reply, From, Reply} | Rs]) -> reply(From, Reply), send_replies(Rs);
send_replies([_ | Rs]) -> send_replies(Rs).

listify(L) when is_list(L) -> L;
listify(X) -> [X].

next(#{state := State} = S, Event, NState, NData, Actions, Events, true, Repeat) ->
    %% A state enter call may not change the state.
    case NState =:= State of
        true -> enter_result(S, Event, NData, Actions, Events, Repeat);
        false -> terminate(error, {bad_state_enter_return_from_state_function,
                                   erase('$gen_statem_enter_result')},
                           stack(), S, [Event | Events])
    end;
next(S, Event, NState, NData, Actions, Events, false, Repeat) ->
    case Repeat of
        true -> transition(S, Event, NState, NData, Actions, Events, repeat);
        false -> transition(S, Event, NState, NData, Actions, Events, false)
    end.

%% Applies a transition: actions, postponing, the state enter call, timeouts, next events.
%% Initial: true for the initial state (enter call, no event to postpone).
transition(#{state := State} = S0, Event, NState, NData, Actions, Events, Initial) ->
    case parse_actions(Actions, false, [], [], [], S0) of
        {ok, Postpone, NextEvents, Timeouts, Replies, S1} ->
            send_replies(Replies),
            Changed = Initial =:= true orelse NState =/= State,
            S2 = case Postpone andalso Initial =/= true of
                     true -> S1#{postponed := [Event | maps:get(postponed, S1)]};
                     false -> S1
                 end,
            {S3, Events1} = case NState =/= State of
                                true ->
                                    Retry = lists:reverse(maps:get(postponed, S2)),
                                    {cancel_state_timeout(S2#{postponed := []}), Retry ++ Events};
                                false ->
                                    {S2, Events}
                            end,
            S4 = S3#{state := NState, data := NData},
            Events2 = NextEvents ++ Events1,
            Enter = maps:get(enter, S4) andalso (Changed orelse Initial =:= repeat),
            case Enter of
                true -> state_enter(S4, State, Timeouts, Events2, Initial);
                false -> start_timeouts(S4, Timeouts, Events2)
            end;
        {error, Reason, S1} ->
            terminate(error, Reason, stack(), S1, [Event | Events])
    end.

%% The state enter call: Module:State(enter, OldState, Data).
state_enter(#{state := NState, data := NData} = S, OldState, Timeouts, Events, Initial) ->
    Old = case Initial of true -> NState; _ -> OldState end,
    case call_state_callback(S, enter, Old, NState, NData) of
        {ok, Result} ->
            %% Continue with the transition's timeouts and queued events afterwards.
            put('$gen_statem_pending', {Timeouts, Events}),
            put('$gen_statem_enter_result', Result),
            result(S, {enter, Old}, Result, [], true);
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, S, Events)
    end.

enter_result(S, _Event, NData, Actions, _Events, Repeat) ->
    erase('$gen_statem_enter_result'),
    {Timeouts0, Events} = erase('$gen_statem_pending'),
    case parse_actions(Actions, false, [], [], [], S) of
        {ok, false, [], Timeouts, Replies, S1} ->
            send_replies(Replies),
            S2 = S1#{data := NData},
            case Repeat of
                true ->
                    %% repeat_state from an enter call: enter again.
                    state_enter(S2, maps:get(state, S2), Timeouts0 ++ Timeouts, Events, repeat);
                false ->
                    start_timeouts(S2, Timeouts0 ++ Timeouts, Events)
            end;
        {ok, _, _, _, _, S1} ->
            terminate(error, {bad_action_from_state_function, Actions}, stack(), S1, Events);
        {error, Reason, S1} ->
            terminate(error, Reason, stack(), S1, Events)
    end.

cancel_state_timeout(#{timers := Timers} = S) ->
    case maps:take(state_timeout, Timers) of
        {{Ref, _}, T1} -> cancel_timer(Ref), S#{timers := T1};
        error -> S
    end.

%% Actions: {ok, Postpone, NextEvents, Timeouts, Replies, S} (timeouts in order given).
parse_actions([], Postpone, Next, Timeouts, Replies, S) ->
    {ok, Postpone, lists:reverse(Next), lists:reverse(Timeouts), lists:reverse(Replies), S};
parse_actions([A | As], P, N, T, R, S) ->
    case A of
        postpone -> parse_actions(As, true, N, T, R, S);
        {postpone, B} when is_boolean(B) -> parse_actions(As, B, N, T, R, S);
        hibernate -> parse_actions(As, P, N, T, R, S#{hibernate => true});
        {hibernate, B} when is_boolean(B) -> parse_actions(As, P, N, T, R, S#{hibernate => B});
        {next_event, Type, Content} ->
            case event_type(Type) of
                true -> parse_actions(As, P, [{Type, Content} | N], T, R, S);
                false -> {error, {bad_action_from_state_function, A}, S}
            end;
        {reply, {_, _}, _} = Reply -> parse_actions(As, P, N, T, [Reply | R], S);
        {change_callback_module, Mod} when is_atom(Mod) ->
            parse_actions(As, P, N, T, R, S#{module := Mod});
        {push_callback_module, Mod} when is_atom(Mod) ->
            Stack = maps:get(module_stack, S, []),
            parse_actions(As, P, N, T, R, S#{module := Mod, module_stack => [maps:get(module, S) | Stack]});
        pop_callback_module ->
            case maps:get(module_stack, S, []) of
                [Mod | Stack] -> parse_actions(As, P, N, T, R, S#{module := Mod, module_stack => Stack});
                [] -> {error, {bad_action_from_state_function, A}, S}
            end;
        {Type, cancel} when Type =:= timeout; Type =:= state_timeout; element(1, Type) =:= timeout ->
            parse_actions(As, P, N, [{Type, cancel} | T], R, S);
        {Type, update, Msg} when Type =:= timeout; Type =:= state_timeout; element(1, Type) =:= timeout ->
            parse_actions(As, P, N, [{Type, update, Msg} | T], R, S);
        Time when is_integer(Time), Time >= 0; Time =:= infinity ->
            parse_actions(As, P, N, [{timeout, Time, Time, []} | T], R, S);
        {timeout, Time, Msg} -> timeout_action(timeout, Time, Msg, [], A, As, P, N, T, R, S);
        {timeout, Time, Msg, Opts} -> timeout_action(timeout, Time, Msg, Opts, A, As, P, N, T, R, S);
        {state_timeout, Time, Msg} -> timeout_action(state_timeout, Time, Msg, [], A, As, P, N, T, R, S);
        {state_timeout, Time, Msg, Opts} -> timeout_action(state_timeout, Time, Msg, Opts, A, As, P, N, T, R, S);
        {{timeout, _} = Type, Time, Msg} -> timeout_action(Type, Time, Msg, [], A, As, P, N, T, R, S);
        {{timeout, _} = Type, Time, Msg, Opts} -> timeout_action(Type, Time, Msg, Opts, A, As, P, N, T, R, S);
        _ -> {error, {bad_action_from_state_function, A}, S}
    end.

timeout_action(Type, Time, Msg, Opts, A, As, P, N, T, R, S) ->
    Abs = lists:member({abs, true}, listify(Opts)),
    case Time =:= infinity orelse is_integer(Time) andalso (Abs orelse Time >= 0) of
        true -> parse_actions(As, P, N, [{Type, Time, Msg, Opts} | T], R, S);
        false -> {error, {bad_action_from_state_function, A}, S}
    end.

event_type({call, {_, _}}) -> true;
event_type(cast) -> true;
event_type(info) -> true;
event_type(internal) -> true;
event_type(timeout) -> true;
event_type(state_timeout) -> true;
event_type({timeout, _}) -> true;
event_type(_) -> false.

%% Starts (or cancels, updates) the transition's timeouts, then goes on with the events.
start_timeouts(S, [], Events) ->
    loop(S, Events);
start_timeouts(#{timers := Timers} = S, [TO | TOs], Events) ->
    case TO of
        {Type, cancel} ->
            start_timeouts(cancel_type(S, Type), TOs, Events);
        {Type, update, Msg} ->
            case maps:find(Type, Timers) of
                {ok, {Ref, _}} -> start_timeouts(S#{timers := Timers#{Type := {Ref, Msg}}}, TOs, Events);
                error -> start_timeouts(S, TOs, Events ++ [{Type, Msg}])
            end;
        {Type, infinity, _, _} ->
            start_timeouts(cancel_type(S, Type), TOs, Events);
        {timeout, 0, Msg, _} ->
            %% An event timeout of 0 fires only if nothing else is waiting.
            S1 = cancel_type(S, timeout),
            case Events =:= [] andalso message_queue_empty() of
                true -> start_timeouts(S1, TOs, Events ++ [{timeout, Msg}]);
                false -> start_timeouts(S1, TOs, Events)
            end;
        {Type, Time, Msg, Opts} ->
            S1 = cancel_type(S, Type),
            Abs = lists:member({abs, true}, listify(Opts)),
            Ms = case Abs of
                     true -> max(0, Time - erlang:monotonic_time(millisecond));
                     false -> Time
                 end,
            case Ms of
                0 ->
                    start_timeouts(S1, TOs, Events ++ [{Type, Msg}]);
                _ ->
                    Ref = erlang:start_timer(Ms, self(), {'$gen_statem_timeout', Type}),
                    #{timers := T1} = S1,
                    start_timeouts(S1#{timers := T1#{Type => {Ref, Msg}}}, TOs, Events)
            end
    end.

cancel_type(#{timers := Timers} = S, Type) ->
    case maps:take(Type, Timers) of
        {{Ref, _}, T1} -> cancel_timer(Ref), S#{timers := T1};
        error -> S
    end.

message_queue_empty() ->
    case erlang:process_info(self(), message_queue_len) of
        {message_queue_len, 0} -> true;
        _ -> false
    end.

%% ---- termination ----

terminate(Class, Reason, Stack, #{module := Mod, state := State, data := Data} = S, Events) ->
    ExitReason = gen:exit_reason(Class, Reason, Stack),
    case erlang:function_exported(Mod, terminate, 3) of
        true ->
            try Mod:terminate(ExitReason, State, Data)
            catch
                throw:_ -> ok;
                C:R:St ->
                    error_info(C, R, St, S, Events),
                    erlang:raise(C, R, St)
            end;
        false ->
            ok
    end,
    case ExitReason of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> error_info(Class, Reason, Stack, S, Events)
    end,
    erlang:raise(Class, Reason, Stack).

%% A stack trace for errors the behaviour itself raises (OTP's have one too).
stack() ->
    try throw(stack) catch throw:stack:Stack -> Stack end.


error_info(Class, Reason, Stack, #{name := Name, state := State, data := Data, module := Mod} = S, Events) ->
    catch logger:log(error, #{label => {gen_statem, terminate}, name => Name, queue => Events,
                              postponed => maps:get(postponed, S), callback_mode => maps:get(mode, S),
                              state_enter => maps:get(enter, S), state => {State, Data},
                              reason => {Class, Reason, Stack}, module => Mod},
                     #{domain => [otp], report_cb => fun ?MODULE:format_log/2,
                       error_logger => #{tag => error}}),
    ok.

format_log(#{label := {gen_statem, terminate}, name := Name, queue := Queue,
             state := State, reason := {Class, Reason, Stack}}, _Config) ->
    io_lib:format("** State machine ~tp terminating~n"
                  "~ts"
                  "** When server state  = ~tp~n"
                  "** Reason for termination = ~tp:~tp~n"
                  "~ts",
                  [Name,
                   case Queue of
                       [] -> "";
                       [Last | _] -> io_lib:format("** Last event = ~tp~n", [Last])
                   end,
                   State, Class, Reason,
                   case Stack of
                       [] -> "";
                       _ -> io_lib:format("** Stacktrace =~n**  ~tp~n", [Stack])
                   end]);
format_log(Report, _Config) ->
    io_lib:format("~tp", [Report]).

%% ---- sys callbacks ----

system_continue(_Parent, _Debug, S) ->
    loop(S, []).

%% Where a hibernated state machine resumes (proc_lib:hibernate/3 in loop/2).
wakeup_from_hibernate(_Parent, _Debug, S) ->
    loop(S, []).

system_terminate(Reason, _Parent, _Debug, S) ->
    terminate(exit, Reason, [], S, []).

system_get_state(#{state := State, data := Data}) ->
    {ok, {State, Data}}.

system_replace_state(StateFun, #{state := State, data := Data} = S) ->
    {NState, NData} = Result = StateFun({State, Data}),
    {ok, Result, S#{state := NState, data := NData}}.

system_code_change(S, _Module, _OldVsn, _Extra) ->
    {ok, S}.

format_status(_Opt, [_PDict, SysState, Parent, Debug, #{name := Name, state := State, data := Data,
                                                       postponed := P}]) ->
    Header = gen:format_status_header("Status for state machine", Name),
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged Events", Debug},
             {"Postponed", P}]},
     {data, [{"State", {State, Data}}]}].
