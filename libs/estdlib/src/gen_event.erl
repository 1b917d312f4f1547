%% gen_event: event managers with installable handlers, with OTP's API and handler
%% callback contract (init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2).
%% (No start/0 here: the VM's runner starts programs at start/0.)
-module(gen_event).

-export([start/0, start/1, start/2, start_link/0, start_link/1, start_link/2, start_monitor/0,
         start_monitor/1, start_monitor/2, stop/1, stop/3, add_handler/3,
         add_sup_handler/3, delete_handler/3, swap_handler/3, swap_sup_handler/3,
         notify/2, sync_notify/2, call/3, call/4, which_handlers/1,
         send_request/3, wait_response/2, receive_response/2, check_response/2]).

%% Internal.
-export([init_it/6, wake_hib/3, system_continue/3, system_terminate/4, system_get_state/1,
         system_replace_state/2, system_code_change/4, format_status/2]).

-callback init(InitArgs :: term()) -> term().
-callback handle_event(Event :: term(), State :: term()) -> term().
-callback handle_call(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback terminate(Args :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-optional_callbacks([handle_info/2, terminate/2, code_change/3]).

%% A handler: its id (Module or {Module, Id}), module, state and supervising pid.
-record(h, {id, module, state, sup = false}).

%% ---- starting and stopping ----

start() -> gen:start(?MODULE, nolink, ?MODULE, [], []).
start(Name) when is_tuple(Name) -> gen:start(?MODULE, nolink, Name, ?MODULE, [], []);
start(Options) when is_list(Options) -> gen:start(?MODULE, nolink, ?MODULE, [], Options).
start(Name, Options) -> gen:start(?MODULE, nolink, Name, ?MODULE, [], Options).

start_link() -> gen:start(?MODULE, link, ?MODULE, [], []).
start_link(Name) when is_tuple(Name) -> gen:start(?MODULE, link, Name, ?MODULE, [], []);
start_link(Options) when is_list(Options) -> gen:start(?MODULE, link, ?MODULE, [], Options).
start_link(Name, Options) -> gen:start(?MODULE, link, Name, ?MODULE, [], Options).

start_monitor() -> gen:start(?MODULE, monitor, ?MODULE, [], []).
start_monitor(Name) when is_tuple(Name) -> gen:start(?MODULE, monitor, Name, ?MODULE, [], []);
start_monitor(Options) when is_list(Options) -> gen:start(?MODULE, monitor, ?MODULE, [], Options).
start_monitor(Name, Options) -> gen:start(?MODULE, monitor, Name, ?MODULE, [], Options).

stop(Mgr) -> gen:stop(Mgr).
stop(Mgr, Reason, Timeout) -> gen:stop(Mgr, Reason, Timeout).

init_it(Starter, Parent, Name0, _, _, _Options) ->
    process_flag(trap_exit, true),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, gen:name(Name0), []).

%% ---- API ----

add_handler(Mgr, Handler, Args) -> rpc(Mgr, {add_handler, Handler, Args, false}).

add_sup_handler(Mgr, Handler, Args) -> rpc(Mgr, {add_handler, Handler, Args, self()}).

delete_handler(Mgr, Handler, Args) -> rpc(Mgr, {delete_handler, Handler, Args}).

swap_handler(Mgr, {H1, A1}, {H2, A2}) -> rpc(Mgr, {swap_handler, H1, A1, H2, A2, false}).

swap_sup_handler(Mgr, {H1, A1}, {H2, A2}) -> rpc(Mgr, {swap_handler, H1, A1, H2, A2, self()}).

which_handlers(Mgr) -> rpc(Mgr, which_handlers).

notify(Mgr, Event) ->
    send(Mgr, {notify, Event}),
    ok.

sync_notify(Mgr, Event) -> rpc(Mgr, {sync_notify, Event}).

call(Mgr, Handler, Query) -> call(Mgr, Handler, Query, 5000).

call(Mgr, Handler, Query, Timeout) ->
    try gen:call(Mgr, '$gen_event_call', {call, Handler, Query}, Timeout) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [Mgr, Handler, Query, Timeout]}})
    end.

send_request(Mgr, Handler, Query) -> gen:send_request(Mgr, '$gen_event_call', {call, Handler, Query}).
wait_response(ReqId, Timeout) -> gen:wait_response(ReqId, Timeout).
receive_response(ReqId, Timeout) -> gen:receive_response(ReqId, Timeout).
check_response(Msg, ReqId) -> gen:check_response(Msg, ReqId).

%% As in OTP, a failed call exits with gen:call's reason as it is.
rpc(Mgr, Request) ->
    {ok, Reply} = gen:call(Mgr, '$gen_event_call', Request, infinity),
    Reply.

%% A name that is not registered is badarg, as with `!`.
send({global, _}, _) -> ok;
send({via, Mod, Name}, Msg) -> catch Mod:send(Name, Msg), ok;
send(Dest, Msg) -> Dest ! Msg, ok.

%% ---- the manager loop ----

loop(Parent, Name, Hs) ->
    receive
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, [], [Name, Hs]);
        {'EXIT', Parent, Reason} ->
            terminate_all(Hs, {stop, Reason}),
            exit(Reason);
        Msg ->
            Hs1 = handle_msg(Msg, Name, Hs),
            %% A handler asked to hibernate (returned ..., hibernate): as OTP, the manager
            %% hibernates once the message is handled and resumes in wake_hib/3.
            case erase('$gen_event_hibernate') of
                true -> proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, Hs1]);
                _ -> loop(Parent, Name, Hs1)
            end
    end.

wake_hib(Parent, Name, Hs) ->
    loop(Parent, Name, Hs).

hibernate_after() ->
    put('$gen_event_hibernate', true).

handle_msg({notify, Event}, Name, Hs) ->
    dispatch(Hs, handle_event, Event, Name);
handle_msg({'$gen_event_call', From, Request}, Name, Hs) ->
    {Reply, Hs1} = handle_call(Request, Name, Hs),
    gen:reply(From, Reply),
    Hs1;
handle_msg({'EXIT', Pid, Reason} = Info, Name, Hs) ->
    case [H || #h{sup = S} = H <- Hs, S =:= Pid] of
        [] -> dispatch(Hs, handle_info, Info, Name);
        Sup ->
            %% The supervising process ended: its handlers go.
            [terminate_handler(H, {stop, Reason}, Name) || H <- Sup],
            [H || #h{sup = S} = H <- Hs, S =/= Pid]
    end;
handle_msg(Info, Name, Hs) ->
    dispatch(Hs, handle_info, Info, Name).

handle_call({add_handler, Handler, Args, Sup}, _Name, Hs) ->
    add(Handler, Args, Sup, Hs);
handle_call({delete_handler, Handler, Args}, Name, Hs) ->
    case take(Handler, Hs) of
        {H, Rest} ->
            {terminate_handler(H, Args, Name, delete), Rest};
        error ->
            {{error, module_not_found}, Hs}
    end;
handle_call({swap_handler, H1, A1, H2, A2, Sup}, Name, Hs) ->
    case take(H1, Hs) of
        {H, Rest} ->
            State2 = terminate_handler(H, A1, Name, {swapped, H2, Sup}),
            add(H2, {A2, State2}, Sup, Rest);
        error ->
            add(H2, {A2, error}, Sup, Hs)
    end;
handle_call(which_handlers, _Name, Hs) ->
    {[H#h.id || H <- Hs], Hs};
handle_call({sync_notify, Event}, Name, Hs) ->
    {ok, dispatch(Hs, handle_event, Event, Name)};
handle_call({call, Handler, Query}, Name, Hs) ->
    case take(Handler, Hs) of
        {H, Others} -> call_handler(H, Query, Name, Hs, Others);
        error -> {{error, bad_module}, Hs}
    end;
handle_call(_, _, Hs) ->
    {{error, badarg}, Hs}.

add(Handler, Args, Sup, Hs) ->
    %% OTP does not check for an installed handler with the same id.
    {Mod, _} = mod_id(Handler),
    try Mod:init(Args) of
        {ok, State} -> added(Handler, Mod, State, Sup, Hs);
        {ok, State, hibernate} -> hibernate_after(), added(Handler, Mod, State, Sup, Hs);
        Other -> {Other, Hs}
    catch
        throw:Other -> {Other, Hs};
        error:R:St -> {{'EXIT', {R, St}}, Hs};
        exit:R -> {{'EXIT', R}, Hs}
    end.

added(Handler, Mod, State, Sup, Hs) ->
    case Sup of
        false -> ok;
        Pid -> link(Pid)
    end,
    %% New handlers are called first, as in OTP.
    {ok, [#h{id = Handler, module = Mod, state = State, sup = Sup} | Hs]}.

mod_id({Mod, Id}) -> {Mod, Id};
mod_id(Mod) -> {Mod, undefined}.

%% The first (newest) handler with this id, and the others.
take(Handler, Hs) ->
    take(Handler, Hs, []).

take(_Handler, [], _Acc) -> error;
take(Handler, [#h{id = Handler} = H | Hs], Acc) -> {H, lists:reverse(Acc, Hs)};
take(Handler, [H | Hs], Acc) -> take(Handler, Hs, [H | Acc]).

%% Every handler gets the event (handle_event or handle_info); handlers that crash or ask
%% to be removed go.
dispatch(Hs, Func, Event, Name) ->
    dispatch(Hs, Func, Event, Name, []).

dispatch([], _, _, _, Acc) ->
    lists:reverse(Acc);
dispatch([#h{module = Mod, state = State} = H | Hs], Func, Event, Name, Acc) ->
    Result = try
                 {ok, Mod:Func(Event, State)}
             catch
                 throw:R -> {ok, R};
                 error:undef:_ when Func =:= handle_info ->
                     case erlang:function_exported(Mod, handle_info, 2) of
                         false -> {ok, {ok, State}};
                         true -> {'EXIT', {undef, []}}
                     end;
                 error:R:St -> {'EXIT', {R, St}};
                 exit:R -> {'EXIT', R}
             end,
    case Result of
        {ok, {ok, NState}} ->
            dispatch(Hs, Func, Event, Name, [H#h{state = NState} | Acc]);
        {ok, {ok, NState, hibernate}} ->
            hibernate_after(),
            dispatch(Hs, Func, Event, Name, [H#h{state = NState} | Acc]);
        {ok, {swap_handler, A1, NState, H2, A2}} ->
            State2 = terminate_handler(H#h{state = NState}, A1, Name, {swapped, H2, H#h.sup}),
            Others = lists:reverse(Acc) ++ Hs,
            case add(H2, {A2, State2}, H#h.sup, Others) of
                {ok, [New | _]} -> dispatch(Hs, Func, Event, Name, [New | Acc]);
                {_, _} -> dispatch(Hs, Func, Event, Name, Acc)
            end;
        {ok, remove_handler} ->
            _ = terminate_handler(H, remove_handler, Name, normal),
            dispatch(Hs, Func, Event, Name, Acc);
        {ok, Other} ->
            report_crash(H, Event, {bad_return_value, Other}, Name),
            _ = terminate_handler(H, {error, Other}, Name, {error, Other}),
            dispatch(Hs, Func, Event, Name, Acc);
        {'EXIT', Reason} ->
            report_crash(H, Event, Reason, Name),
            _ = terminate_handler(H, {error, {'EXIT', Reason}}, Name, {'EXIT', Reason}),
            dispatch(Hs, Func, Event, Name, Acc)
    end.

call_handler(#h{module = Mod, state = State} = H, Query, Name, Hs, Others) ->
    Result = try {ok, Mod:handle_call(Query, State)}
             catch
                 throw:R -> {ok, R};
                 error:R:St -> {'EXIT', {R, St}};
                 exit:R -> {'EXIT', R}
             end,
    case Result of
        {ok, {ok, Reply, NState}} ->
            {Reply, replace(Hs, H#h{state = NState})};
        {ok, {ok, Reply, NState, hibernate}} ->
            hibernate_after(),
            {Reply, replace(Hs, H#h{state = NState})};
        {ok, {swap_handler, Reply, A1, NState, H2, A2}} ->
            State2 = terminate_handler(H#h{state = NState}, A1, Name, {swapped, H2, H#h.sup}),
            {_, Hs1} = add(H2, {A2, State2}, H#h.sup, Others),
            {Reply, Hs1};
        {ok, {remove_handler, Reply}} ->
            _ = terminate_handler(H, remove_handler, Name, normal),
            {Reply, Others};
        {ok, Other} ->
            report_crash(H, Query, {bad_return_value, Other}, Name),
            _ = terminate_handler(H, {error, Other}, Name, {error, Other}),
            {{error, Other}, Others};
        {'EXIT', Reason} ->
            report_crash(H, Query, Reason, Name),
            _ = terminate_handler(H, {error, {'EXIT', Reason}}, Name, {'EXIT', Reason}),
            {{error, {'EXIT', Reason}}, Others}
    end.

%% Replaces the first handler with New's id.
replace([#h{id = Id} | Hs], #h{id = Id} = New) -> [New | Hs];
replace([H | Hs], New) -> [H | replace(Hs, New)];
replace([], _New) -> [].

terminate_handler(H, Args, Name) ->
    terminate_handler(H, Args, Name, shutdown).

%% Calls the handler's terminate/2 and tells its supervisor; returns terminate's result.
terminate_handler(#h{id = Id, module = Mod, state = State, sup = Sup}, Args, _Name, Why) ->
    Res = case erlang:function_exported(Mod, terminate, 2) of
              true ->
                  try Mod:terminate(Args, State)
                  catch
                      throw:R -> R;
                      error:R:St -> {'EXIT', {R, St}};
                      exit:R -> {'EXIT', R}
                  end;
              false ->
                  ok
          end,
    case Sup of
        false -> ok;
        Pid ->
            %% OTP leaves the link in place.
            case Why of
                delete -> Pid ! {gen_event_EXIT, Id, normal};
                {swapped, H2, _} -> Pid ! {gen_event_EXIT, Id, {swapped, H2, self()}};
                _ -> Pid ! {gen_event_EXIT, Id, Why}
            end
    end,
    Res.

terminate_all(Hs, Args) ->
    [terminate_handler(H, Args, undefined, shutdown) || H <- Hs],
    ok.

report_crash(#h{id = Id}, Event, Reason, Name) ->
    catch logger:log(error, "** gen_event handler ~tp crashed.~n"
                            "** Was installed in ~tp~n"
                            "** Last event was: ~tp~n"
                            "** When handler state == ~tp~n"
                            "** Reason == ~tp~n",
                     [Id, Name, Event, '...', Reason],
                     #{domain => [otp], error_logger => #{tag => error}}),
    ok.

%% ---- sys callbacks ----

system_continue(Parent, _Debug, [Name, Hs]) ->
    loop(Parent, Name, Hs).

system_terminate(Reason, _Parent, _Debug, [_Name, Hs]) ->
    terminate_all(Hs, stop),
    exit(Reason).

system_get_state([_Name, Hs]) ->
    {ok, [{M, Id, S} || #h{module = M, id = Id, state = S} <- Hs]}.

system_replace_state(StateFun, [Name, Hs]) ->
    Hs1 = [begin
               {M, Id, S1} = StateFun({M, Id, S}),
               H#h{state = S1}
           end || #h{module = M, id = Id, state = S} = H <- Hs],
    {ok, [{M, Id, S} || #h{module = M, id = Id, state = S} <- Hs1], [Name, Hs1]}.

system_code_change(Misc, _Module, _OldVsn, _Extra) ->
    {ok, Misc}.

format_status(_Opt, [_PDict, SysState, Parent, _Debug, [Name, Hs]]) ->
    Header = gen:format_status_header("Status for event handler", Name),
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}]},
     {items, {"Installed handlers", [{M, Id, S} || #h{module = M, id = Id, state = S} <- Hs]}}].
