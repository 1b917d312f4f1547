%% gen: what gen_server, gen_statem and gen_event share — starting a named process
%% synchronously, calls with monitors and timeouts, replies and asynchronous requests.
-module(gen).

-export([start/5, start/6, init_it/6, init_it/7, call/3, call/4, reply/2, stop/1, stop/3,
         get_parent/0, name/1, where/1, send_request/3, wait_response/2,
         receive_response/2, check_response/2, debug_options/2, format_status_header/2,
         unregister_name/1, init_fail/3, init_ignore/2, init_raise/5, exit_reason/3]).

-type linkage() :: link | nolink | monitor.
-type emgr_name() :: {local, atom()} | {global, term()} | {via, module(), term()}.

-export_type([emgr_name/0]).

%% Starts GenMod's process running Mod; waits until its init has answered.
-spec start(module(), linkage(), module(), term(), list()) -> term().
start(GenMod, LinkP, Mod, Args, Options) ->
    do_spawn(GenMod, LinkP, Mod, Args, Options).

-spec start(module(), linkage(), emgr_name(), module(), term(), list()) -> term().
start(GenMod, LinkP, Name, Mod, Args, Options) ->
    case where(Name) of
        undefined -> do_spawn(GenMod, LinkP, Name, Mod, Args, Options);
        Pid -> {error, {already_started, Pid}}
    end.

do_spawn(GenMod, link, Mod, Args, Options) ->
    proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self(), Mod, Args, Options],
                        timeout(Options), spawn_opts(Options));
do_spawn(GenMod, monitor, Mod, Args, Options) ->
    proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self(), Mod, Args, Options],
                           timeout(Options), spawn_opts(Options));
do_spawn(GenMod, _, Mod, Args, Options) ->
    proc_lib:start(?MODULE, init_it, [GenMod, self(), self, Mod, Args, Options],
                   timeout(Options), spawn_opts(Options)).

do_spawn(GenMod, link, Name, Mod, Args, Options) ->
    proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Options],
                        timeout(Options), spawn_opts(Options));
do_spawn(GenMod, monitor, Name, Mod, Args, Options) ->
    proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Options],
                           timeout(Options), spawn_opts(Options));
do_spawn(GenMod, _, Name, Mod, Args, Options) ->
    proc_lib:start(?MODULE, init_it, [GenMod, self(), self, Name, Mod, Args, Options],
                   timeout(Options), spawn_opts(Options)).

timeout(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {timeout, T} -> T;
        false -> infinity
    end.

spawn_opts(Options) ->
    case lists:keyfind(spawn_opt, 1, Options) of
        {spawn_opt, Opts} -> Opts;
        false -> []
    end.

init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    GenMod:init_it(Starter, parent(Parent), self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true ->
            GenMod:init_it(Starter, parent(Parent), Name, Mod, Args, Options);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

parent(self) -> self();
parent(Pid) -> Pid.

register_name({local, Name}) when is_atom(Name) ->
    try register(Name, self()) of
        true -> true
    catch
        error:_ -> {false, whereis(Name)}
    end;
register_name({via, Mod, Name}) ->
    case Mod:register_name(Name, self()) of
        yes -> true;
        no -> {false, Mod:whereis_name(Name)}
    end;
register_name({global, _}) ->
    erlang:error(badarg).

%% The pid behind a name, or undefined.
where({local, Name}) -> whereis(Name);
where({via, Mod, Name}) -> Mod:whereis_name(Name);
where({global, _}) -> undefined.

%% The name to report: the registered name, else the pid.
name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid.

get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) ->
            case whereis(Parent) of
                undefined -> exit({parent_gone, Parent});
                Pid -> Pid
            end;
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

debug_options(_Name, Options) ->
    case lists:keyfind(debug, 1, Options) of
        {debug, Debug} when is_list(Debug) -> Debug;
        _ -> []
    end.

format_status_header(TagLine, Name) when is_pid(Name) ->
    flat(io_lib:format("~ts ~p", [TagLine, Name]), []);
format_status_header(TagLine, Name) ->
    flat(io_lib:format("~ts ~p", [TagLine, name(Name)]), []).

flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc.

%% ---- calls ----

%% {ok, Reply}, or exits with the reason (noproc, timeout, the server's exit reason).
call(Process, Label, Request) ->
    call(Process, Label, Request, 5000).

call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    case resolve(Process) of
        {ok, Pid} -> do_call(Pid, Label, Request, Timeout);
        error -> exit(noproc)
    end.

resolve(Pid) when is_pid(Pid) -> {ok, Pid};
resolve(Name) when is_atom(Name) -> found(whereis(Name));
resolve({Name, Node}) when is_atom(Name), Node =:= node() -> found(whereis(Name));
resolve({via, Mod, Name}) -> found(Mod:whereis_name(Name));
resolve({global, _}) -> error;
resolve(_) -> error.

found(undefined) -> error;
found(Pid) when is_pid(Pid) -> {ok, Pid};
found(_) -> error.

%% As OTP: the reply goes to an alias of the caller that ends with the monitor, so a
%% reply arriving after a timeout is dropped.
do_call(Pid, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
    Tag = [alias | Mref],
    Pid ! {Label, {self(), Tag}, Request},
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {ok, Reply}
        after 0 ->
            exit(timeout)
        end
    end.

reply({_To, [alias | Alias] = Tag}, Reply) ->
    Alias ! {Tag, Reply},
    ok;
reply({To, Tag}, Reply) ->
    catch To ! {Tag, Reply},
    ok.

stop(Process) ->
    stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    case resolve(Process) of
        {ok, Pid} -> proc_lib:stop(Pid, Reason, Timeout);
        error -> exit(noproc)
    end.

%% ---- asynchronous requests ----

send_request(Process, Label, Request) ->
    case resolve(Process) of
        {ok, Pid} ->
            Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
            Pid ! {Label, {self(), [alias | Mref]}, Request},
            Mref;
        error ->
            %% As OTP: the request id answers {error, {noproc, Process}} later.
            Mref = erlang:monitor(process, dead_process_name()),
            Mref
    end.

dead_process_name() ->
    '$gen_no_such_process'.

wait_response(Mref, Timeout) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after timeout_ms(Timeout) ->
        timeout
    end.

receive_response(Mref, Timeout) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after timeout_ms(Timeout) ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {reply, Reply}
        after 0 ->
            timeout
        end
    end.

check_response({[alias | Mref], Reply}, Mref) ->
    erlang:demonitor(Mref, [flush]),
    {reply, Reply};
check_response({'DOWN', Mref, _, Object, Reason}, Mref) ->
    {error, {Reason, Object}};
check_response(_, _) ->
    no_reply.

timeout_ms(infinity) -> infinity;
timeout_ms({abs, T}) -> max(0, T - erlang:monotonic_time(millisecond));
timeout_ms(T) when is_integer(T), T >= 0 -> T.

%% How a behaviour's process ends when its init/1 does not succeed, as proc_lib's starter
%% expects: the name is given back, the starter gets the answer, the process exits.
-spec init_fail(pid(), term(), term()) -> no_return().
init_fail(Starter, Name, Error) ->
    unregister_name(Name),
    proc_lib:init_ack(Starter, {error, Error}),
    exit(Error).

-spec init_ignore(pid(), term()) -> no_return().
init_ignore(Starter, Name) ->
    unregister_name(Name),
    proc_lib:init_ack(Starter, ignore),
    exit(normal).

-spec init_raise(pid(), term(), error | exit | throw, term(), list()) -> no_return().
init_raise(Starter, Name, Class, Reason, Stack) ->
    unregister_name(Name),
    proc_lib:init_ack(Starter, {error, exit_reason(Class, Reason, Stack)}),
    erlang:raise(Class, Reason, Stack).

%% The exit reason of a process whose callback raised Class:Reason.
-spec exit_reason(error | exit | throw, term(), list()) -> term().
exit_reason(error, Reason, Stack) -> {Reason, Stack};
exit_reason(exit, Reason, _) -> Reason;
exit_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack}.

unregister_name({local, Name}) -> catch unregister(Name), ok;
unregister_name({via, Mod, Name}) -> catch Mod:unregister_name(Name), ok;
unregister_name(_) -> ok.
