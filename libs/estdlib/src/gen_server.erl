%% gen_server: the generic server behaviour, with OTP's callback contract (init/1,
%% handle_call/3, handle_cast/2, handle_info/2, handle_continue/2, terminate/2,
%% format_status/2) and API. Calls go through gen; system messages through sys.
-module(gen_server).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         call/2, call/3, cast/2, reply/2, stop/1, stop/3, abcast/2, abcast/3,
         multi_call/2, multi_call/3, multi_call/4, enter_loop/3, enter_loop/4, enter_loop/5,
         send_request/2, wait_response/2, receive_response/2, check_response/2]).

%% Internal (proc_lib, sys and logger call these).
-export([init_it/6, system_continue/3, system_terminate/4, system_get_state/1,
         system_replace_state/2, system_code_change/4, format_status/2, format_log/1,
         format_log/2, wake_hib/6]).

-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback handle_continue(Info :: term(), State :: term()) -> term().
-callback terminate(Reason :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-callback format_status(Opt :: term(), StatusData :: list()) -> term().
-optional_callbacks([handle_info/2, handle_continue/2, terminate/2, code_change/3,
                     format_status/2]).

%% ---- starting ----

start(Mod, Args, Options) -> gen:start(?MODULE, nolink, Mod, Args, Options).
start(Name, Mod, Args, Options) -> gen:start(?MODULE, nolink, Name, Mod, Args, Options).
start_link(Mod, Args, Options) -> gen:start(?MODULE, link, Mod, Args, Options).
start_link(Name, Mod, Args, Options) -> gen:start(?MODULE, link, Name, Mod, Args, Options).
start_monitor(Mod, Args, Options) -> gen:start(?MODULE, monitor, Mod, Args, Options).
start_monitor(Name, Mod, Args, Options) -> gen:start(?MODULE, monitor, Name, Mod, Args, Options).

init_it(Starter, Parent, Name0, Mod, Args, Options) ->
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    case init_callback(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, infinity, Debug);
        {ok, {ok, State, Timeout}} ->
            case valid_timeout(Timeout) of
                true ->
                    proc_lib:init_ack(Starter, {ok, self()}),
                    loop(Parent, Name, State, Mod, Timeout, Debug);
                false ->
                    gen:init_fail(Starter, Name0, {bad_return_value, {ok, State, Timeout}})
            end;
        {ok, {stop, Reason}} ->
            gen:init_fail(Starter, Name0, Reason);
        {ok, ignore} ->
            gen:init_ignore(Starter, Name0);
        {ok, Else} ->
            gen:init_fail(Starter, Name0, {bad_return_value, Else});
        {'EXIT', Class, Reason, Stacktrace} ->
            gen:init_raise(Starter, Name0, Class, Reason, Stacktrace)
    end.

init_callback(Mod, Args) ->
    try
        {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end.


valid_timeout(infinity) -> true;
valid_timeout(hibernate) -> true;
valid_timeout({continue, _}) -> true;
valid_timeout(T) when is_integer(T), T >= 0 -> true;
valid_timeout(_) -> false.

enter_loop(Mod, Options, State) ->
    enter_loop(Mod, Options, State, self(), infinity).

enter_loop(Mod, Options, State, ServerName = {Scope, _}) when Scope =:= local; Scope =:= global; Scope =:= via ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, Timeout) ->
    enter_loop(Mod, Options, State, self(), Timeout).

enter_loop(Mod, Options, State, ServerName, Timeout) ->
    Name = gen:name(ServerName),
    case ServerName =:= self() orelse gen:where(ServerName) =:= self() of
        true -> ok;
        false -> erlang:error(process_not_registered)
    end,
    Parent = gen:get_parent(),
    Debug = gen:debug_options(Name, Options),
    loop(Parent, Name, State, Mod, Timeout, Debug).

%% ---- client API ----

call(Server, Request) ->
    try gen:call(Server, '$gen_call', Request) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [Server, Request]}})
    end.

call(Server, Request, Timeout) ->
    try gen:call(Server, '$gen_call', Request, Timeout) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

cast(Server, Request) ->
    send(Server, {'$gen_cast', Request}),
    ok.

send({global, _}, _) -> ok;
send({via, Mod, Name}, Msg) -> catch Mod:send(Name, Msg), ok;
send(Dest, Msg) -> catch erlang:send(Dest, Msg), ok.

reply(From, Reply) ->
    gen:reply(From, Reply).

stop(Server) -> gen:stop(Server).
stop(Server, Reason, Timeout) -> gen:stop(Server, Reason, Timeout).

abcast(Name, Request) when is_atom(Name) ->
    abcast([node()], Name, Request).

abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    [catch erlang:send({Name, N}, {'$gen_cast', Request}) || N <- Nodes, N =:= node()],
    abcast.

multi_call(Name, Request) ->
    multi_call([node()], Name, Request, infinity).

multi_call(Nodes, Name, Request) ->
    multi_call(Nodes, Name, Request, infinity).

%% Only the local node takes part; other nodes are reported bad.
multi_call(Nodes, Name, Request, Timeout) when is_list(Nodes), is_atom(Name) ->
    Local = [N || N <- Nodes, N =:= node()],
    Remote = [N || N <- Nodes, N =/= node()],
    {Replies, Bad} = case Local of
                         [] -> {[], []};
                         _ ->
                             case catch gen:call(Name, '$gen_call', Request, Timeout) of
                                 {ok, Reply} -> {[{node(), Reply}], []};
                                 _ -> {[], [node()]}
                             end
                     end,
    {Replies, Bad ++ Remote}.

send_request(Server, Request) ->
    gen:send_request(Server, '$gen_call', Request).

wait_response(RequestId, Timeout) ->
    gen:wait_response(RequestId, Timeout).

receive_response(RequestId, Timeout) ->
    gen:receive_response(RequestId, Timeout).

check_response(Msg, RequestId) ->
    gen:check_response(Msg, RequestId).

%% ---- the server loop ----

loop(Parent, Name, State, Mod, {continue, Continue} = Msg, Debug) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, State, Debug);
loop(Parent, Name, State, Mod, hibernate, Debug) ->
    proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, State, Mod, infinity, Debug]);
loop(Parent, Name, State, Mod, Time, Debug) ->
    Msg = receive
              Input -> Input
          after Time ->
              timeout
          end,
    decode_msg(Msg, Parent, Name, State, Mod, Time, Debug).

%% Where a hibernated server wakes up (the fifth argument is OTP's hibernate_after
%% timeout, unused here).
wake_hib(Parent, Name, State, Mod, _HibernateAfter, Debug) ->
    Msg = receive
              Input -> Input
          end,
    decode_msg(Msg, Parent, Name, State, Mod, hibernate, Debug).

decode_msg({system, From, Req}, Parent, Name, State, Mod, Time, Debug) ->
    sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug, [Name, State, Mod, Time]);
decode_msg({'EXIT', Parent, Reason} = Msg, Parent, Name, State, Mod, _Time, Debug) ->
    terminate(exit, Reason, [], Name, undefined, Msg, Mod, State, Debug);
decode_msg(Msg, Parent, Name, State, Mod, _Time, Debug) ->
    handle_msg(Msg, Parent, Name, State, Mod, Debug).

handle_msg({'$gen_call', From, Request} = Msg, Parent, Name, State, Mod, Debug) ->
    case try_handle_call(Mod, Request, From, State) of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity, Debug);
        {ok, {reply, Reply, NState, Time1} = R} ->
            case valid_timeout(Time1) of
                true ->
                    reply(From, Reply),
                    loop(Parent, Name, NState, Mod, Time1, Debug);
                false ->
                    terminate(exit, {bad_return_value, R}, [], Name, From, Msg, Mod, State, Debug)
            end;
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(exit, Reason, [], Name, From, Msg, Mod, NState, Debug)
            after
                reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, State, Debug)
    end;
handle_msg({'$gen_cast', Request} = Msg, Parent, Name, State, Mod, Debug) ->
    Reply = try_dispatch(Mod, handle_cast, Request, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, State, Debug);
handle_msg(Info, Parent, Name, State, Mod, Debug) ->
    Reply = try_dispatch(Mod, handle_info, Info, State),
    handle_common_reply(Reply, Parent, Name, undefined, Info, Mod, State, Debug).

try_handle_call(Mod, Request, From, State) ->
    try
        {ok, Mod:handle_call(Request, From, State)}
    catch
        throw:R -> {ok, R};
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end.

try_dispatch(Mod, Func, Msg, State) ->
    try
        {ok, Mod:Func(Msg, State)}
    catch
        throw:R ->
            {ok, R};
        error:undef = R:Stacktrace when Func =:= handle_info ->
            case erlang:function_exported(Mod, handle_info, 2) of
                false ->
                    catch logger:log(warning, "** Undefined handle_info in ~tp~n** Unhandled message: ~tp~n",
                                     [Mod, Msg], #{domain => [otp], error_logger => #{tag => warning_msg}}),
                    {ok, {noreply, State}};
                true ->
                    {'EXIT', error, R, Stacktrace}
            end;
        Class:R:Stacktrace ->
            {'EXIT', Class, R, Stacktrace}
    end.

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, State, Debug) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity, Debug);
        {ok, {noreply, NState, Time1} = R} ->
            case valid_timeout(Time1) of
                true -> loop(Parent, Name, NState, Mod, Time1, Debug);
                false -> terminate(exit, {bad_return_value, R}, [], Name, From, Msg, Mod, State, Debug)
            end;
        {ok, {stop, Reason, NState}} ->
            terminate(exit, Reason, [], Name, From, Msg, Mod, NState, Debug);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug);
        {ok, BadReply} ->
            terminate(exit, {bad_return_value, BadReply}, [], Name, From, Msg, Mod, State, Debug)
    end.

%% Calls terminate/2, reports an abnormal end, and exits (re-raising errors).
terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug) ->
    Reason1 = gen:exit_reason(Class, Reason, Stacktrace),
    case try_terminate(Mod, Reason1, State) of
        {'EXIT', C, R, S} ->
            error_info(gen:exit_reason(C, R, S), Name, From, Msg, Mod, State, Debug),
            erlang:raise(C, R, S);
        _ ->
            case Reason1 of
                normal -> ok;
                shutdown -> ok;
                {shutdown, _} -> ok;
                _ -> error_info(Reason1, Name, From, Msg, Mod, State, Debug)
            end
    end,
    erlang:raise(Class, Reason, Stacktrace).


try_terminate(Mod, Reason, State) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            try
                {ok, Mod:terminate(Reason, State)}
            catch
                throw:R -> {ok, R};
                Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
            end;
        false ->
            {ok, ok}
    end.

error_info(Reason, Name, From, Msg, Mod, State, _Debug) ->
    Client = case From of
                 {Pid, _} when is_pid(Pid) -> Pid;
                 _ -> undefined
             end,
    catch logger:log(error, #{label => {gen_server, terminate}, name => Name,
                              last_message => Msg, state => format_state(Mod, State),
                              reason => Reason, client_info => Client},
                     #{domain => [otp], report_cb => fun ?MODULE:format_log/2,
                       error_logger => #{tag => error, report_cb => fun ?MODULE:format_log/1}}),
    ok.

format_state(Mod, State) ->
    case erlang:function_exported(Mod, format_status, 2) of
        true ->
            case catch Mod:format_status(terminate, [get(), State]) of
                {'EXIT', _} -> State;
                Else -> Else
            end;
        false -> State
    end.

format_log(Report) ->
    {"~ts", [format_log(Report, #{})]}.

format_log(#{label := {gen_server, terminate}, name := Name, last_message := Msg,
             state := State, reason := Reason} = Report, _Config) ->
    Client = case maps:get(client_info, Report, undefined) of
                 undefined -> [];
                 Pid -> io_lib:format("** Client ~tp~n", [Pid])
             end,
    [io_lib:format("** Generic server ~tp terminating ~n"
                   "** Last message in was ~tp~n"
                   "** When Server state == ~tp~n"
                   "** Reason for termination ==~n** ~tp~n", [Name, Msg, State, Reason]),
     Client];
format_log(Report, _Config) ->
    io_lib:format("~tp", [Report]).

%% ---- sys callbacks ----

system_continue(Parent, Debug, [Name, State, Mod, Time]) ->
    loop(Parent, Name, State, Mod, Time, Debug).

system_terminate(Reason, _Parent, Debug, [Name, State, Mod, _Time]) ->
    terminate(exit, Reason, [], Name, undefined, [], Mod, State, Debug).

system_get_state([_Name, State, _Mod, _Time]) ->
    {ok, State}.

system_replace_state(StateFun, [Name, State, Mod, Time]) ->
    NState = StateFun(State),
    {ok, NState, [Name, NState, Mod, Time]}.

system_code_change([Name, State, Mod, Time], _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Extra) of
        {ok, NewState} -> {ok, [Name, NewState, Mod, Time]};
        Else -> Else
    end.

format_status(Opt, [PDict, SysState, Parent, Debug, [Name, State, Mod, _Time]]) ->
    Header = gen:format_status_header("Status for generic server", Name),
    Specific = case erlang:function_exported(Mod, format_status, 2) of
                   true ->
                       case catch Mod:format_status(Opt, [PDict, State]) of
                           {'EXIT', _} -> [{data, [{"State", State}]}];
                           L when is_list(L) -> L;
                           T -> [T]
                       end;
                   false ->
                       [{data, [{"State", State}]}]
               end,
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged events", Debug}]}
     | Specific].
