%% application: loading, starting and stopping applications, and their environments.
%%
%% Applications are loaded from a specification term ({application, App, Props}, the
%% contents of an .app file) with load/1; load(App) with just a name reads App.app from
%% the loaded packages (stored as App/ebin/App.app, e.g. `packbeam create app.avm
%% ebin/app.app=app/ebin/app.app ...`, or as App.app), else asks the module App for
%% '$app_spec'/0 (a hook for packaging tools). A process registered as
%% application_controller (started on first use) keeps the loaded specifications,
%% environments and running applications. Each running application has a master process
%% that is the group leader of its processes (forwarding their I/O) and stops them.
-module(application).

-export([load/1, load/2, unload/1, start/1, start/2, stop/1, ensure_started/1,
         ensure_started/2, ensure_all_started/1, ensure_all_started/2,
         get_env/1, get_env/2, get_env/3, get_all_env/0, get_all_env/1, set_env/1, set_env/2,
         set_env/3, set_env/4, unset_env/2, unset_env/3, get_key/1, get_key/2,
         get_all_key/0, get_all_key/1, get_application/0, get_application/1,
         which_applications/0, which_applications/1, loaded_applications/0,
         start_type/0, info/0]).

-export([controller_init/1, master_init/4]).

%% ---- loading ----

load(Spec) -> load(Spec, []).

load({application, App, Props} = Spec, _Distributed) when is_atom(App), is_list(Props) ->
    case call({load, App, Props}) of
        {error, {already_loaded, App}} -> {error, {already_loaded, Spec}};
        Reply -> Reply
    end;
load(App, Distributed) when is_atom(App) ->
    case call({is_loaded, App}) of
        true ->
            {error, {already_loaded, App}};
        false ->
            case app_spec(App) of
                {ok, Spec} -> load(Spec, Distributed);
                {error, _} = Error -> Error
            end
    end;
load(Other, _) ->
    {error, {bad_application, Other}}.

%% The specification of App: from App/ebin/App.app (or App.app) in a loaded package, as
%% OTP reads it from the code path, or from the hook App:'$app_spec'/0.
app_spec(App) ->
    Name = atom_to_list(App) ++ ".app",
    case package_file([atom_to_list(App) ++ "/ebin/" ++ Name, Name]) of
        {ok, Bin} ->
            case parse_app(Bin) of
                {ok, {application, App, Props} = Spec} when is_list(Props) -> {ok, Spec};
                {ok, _} -> {error, {bad_application, Name}};
                {error, Reason} -> {error, {Name, Reason}}
            end;
        none ->
            case catch App:'$app_spec'() of
                {application, App, _} = Spec -> {ok, Spec};
                _ -> {error, {"no such file or directory", Name}}
            end
    end.

package_file([]) -> none;
package_file([Path | Paths]) ->
    case atomvm:'$package_file'(list_to_binary(Path)) of
        Bin when is_binary(Bin) -> {ok, Bin};
        undefined -> package_file(Paths)
    end.

parse_app(Bin) ->
    case erl_scan:string(unicode:characters_to_list(Bin)) of
        {ok, Tokens, _} -> erl_parse:parse_term(Tokens);
        {error, Error, _} -> {error, Error}
    end.

unload(App) -> call({unload, App}).

loaded_applications() -> call(loaded_applications).

%% ---- starting and stopping ----

start(App) -> start(App, temporary).

start(App, Type) when is_atom(App), (Type =:= temporary orelse Type =:= permanent orelse Type =:= transient) ->
    case ensure_loaded(App) of
        ok -> call({start, App, Type});
        Error -> Error
    end;
start({application, App, _} = Spec, Type) ->
    case load(Spec) of
        ok -> start(App, Type);
        {error, {already_loaded, _}} -> start(App, Type);
        Error -> Error
    end.

ensure_loaded(App) ->
    case load(App) of
        ok -> ok;
        {error, {already_loaded, App}} -> ok;
        Error -> Error
    end.

ensure_started(App) -> ensure_started(App, temporary).

ensure_started(App, Type) ->
    case start(App, Type) of
        ok -> ok;
        {error, {already_started, App}} -> ok;
        Error -> Error
    end.

ensure_all_started(App) -> ensure_all_started(App, temporary).

ensure_all_started(App, Type) ->
    case all_started(App, Type, []) of
        {ok, Started} -> {ok, lists:reverse(Started)};
        {error, Reason, Started} ->
            [stop(A) || A <- Started],
            {error, Reason}
    end.

all_started(App, Type, Started) ->
    case ensure_loaded(App) of
        ok ->
            {ok, Deps} = get_key(App, applications),
            case deps_started(Deps, Type, Started) of
                {ok, Started1} ->
                    case start(App, Type) of
                        ok -> {ok, [App | Started1]};
                        {error, {already_started, App}} -> {ok, Started1};
                        {error, Reason} -> {error, {App, Reason}, Started1}
                    end;
                Error -> Error
            end;
        {error, Reason} ->
            {error, {App, Reason}, Started}
    end.

deps_started([], _, Started) -> {ok, Started};
deps_started([D | Ds], Type, Started) ->
    case all_started(D, Type, Started) of
        {ok, S1} -> deps_started(Ds, Type, S1);
        Error -> Error
    end.

stop(App) -> call({stop, App}).

which_applications() -> call(which_applications).

which_applications(_Timeout) -> which_applications().

start_type() ->
    case get_application() of
        {ok, App} -> call({start_type, App});
        undefined -> undefined
    end.

info() -> call(info).

%% ---- environment and keys ----

get_env(Key) ->
    case get_application() of
        {ok, App} -> get_env(App, Key);
        undefined -> undefined
    end.

get_env(App, Key) -> call({get_env, App, Key}).

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, V} -> V;
        undefined -> Default
    end.

get_all_env() ->
    case get_application() of
        {ok, App} -> get_all_env(App);
        undefined -> []
    end.

get_all_env(App) -> call({get_all_env, App}).

set_env(Config) -> set_env(Config, []).

set_env(Config, _Opts) when is_list(Config) ->
    [[set_env(App, K, V) || {K, V} <- Env] || {App, Env} <- Config],
    ok.

set_env(App, Key, Value) -> call({set_env, App, Key, Value}).

set_env(App, Key, Value, _Opts) -> set_env(App, Key, Value).

unset_env(App, Key) -> call({unset_env, App, Key}).

unset_env(App, Key, _Opts) -> unset_env(App, Key).

get_key(Key) ->
    case get_application() of
        {ok, App} -> get_key(App, Key);
        undefined -> undefined
    end.

get_key(App, Key) -> call({get_key, App, Key}).

get_all_key() ->
    case get_application() of
        {ok, App} -> get_all_key(App);
        undefined -> undefined
    end.

get_all_key(App) -> call({get_all_key, App}).

%% The application of the calling process (by its group leader, the application master).
get_application() -> get_application(self()).

get_application(Pid) when is_pid(Pid) ->
    GL = case erlang:process_info(Pid, group_leader) of
             {group_leader, G} -> G;
             _ -> undefined
         end,
    call({application_of_master, GL});
get_application(Module) when is_atom(Module) ->
    call({application_of_module, Module}).

%% ---- the controller ----

call(Request) ->
    Pid = controller(),
    Ref = erlang:monitor(process, Pid),
    Pid ! {'$app_ctrl', self(), Ref, Request},
    receive
        {Ref, Reply} -> erlang:demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, _, _, Reason} -> exit({application_controller, Reason})
    end.

controller() ->
    case whereis(application_controller) of
        undefined ->
            Parent = self(),
            Pid = spawn(?MODULE, controller_init, [Parent]),
            receive
                {Pid, started} -> Pid;
                {Pid, already, Other} -> Other
            end;
        Pid -> Pid
    end.

%% Loaded: #{App => Props}; Env: #{App => #{Key => Value}}; Running: #{App => {Master, Type}}.
controller_init(Parent) ->
    try register(application_controller, self()) of
        true ->
            Parent ! {self(), started},
            process_flag(trap_exit, true),
            case whereis(user) of
                undefined -> ok;
                User -> group_leader(User, self())
            end,
            %% kernel and stdlib are part of the VM: loaded and running from the start.
            Base = [{kernel, "ERTS  CXC 138 10"}, {stdlib, "ERTS  CXC 138 10"}],
            controller_loop(#{loaded => maps:from_list([{A, [{description, D}, {vsn, ""}]}
                                                        || {A, D} <- Base]),
                              env => #{},
                              running => maps:from_list([{A, {undefined, permanent}}
                                                         || {A, _} <- Base]),
                              order => [stdlib, kernel], starting => #{}, stopping => #{}})
    catch
        error:badarg -> Parent ! {self(), already, whereis(application_controller)}
    end.

%% Starting and stopping run in the application masters while the controller goes on
%% serving requests (application callbacks call it): the caller's reply waits in
%% starting/stopping until the master reports.
controller_loop(St) ->
    receive
        {'$app_ctrl', From, Ref, Request} ->
            case handle(Request, {From, Ref}, St) of
                {noreply, St1} ->
                    controller_loop(St1);
                {Reply, St1} ->
                    From ! {Ref, Reply},
                    controller_loop(St1)
            end;
        {Master, started} when is_pid(Master) ->
            controller_loop(master_started(Master, St));
        {Master, failed, Reason} when is_pid(Master) ->
            controller_loop(master_failed(Master, Reason, St));
        {'EXIT', Pid, Reason} ->
            controller_loop(master_exited(Pid, Reason, St));
        _ ->
            controller_loop(St)
    end.

handle({start, App, Type}, Caller, #{loaded := L, running := R, starting := S} = St) ->
    case maps:find(App, L) of
        error -> {{error, {not_loaded, App}}, St};
        {ok, Props} ->
            Starting = lists:member(App, [A || {A, _, _} <- maps:values(S)]),
            case maps:is_key(App, R) orelse Starting of
                true -> {{error, {already_started, App}}, St};
                false ->
                    Missing = [D || D <- proplist(applications, Props, []), not maps:is_key(D, R)],
                    case Missing of
                        [D | _] -> {{error, {not_started, D}}, St};
                        [] ->
                            Master = spawn_link(?MODULE, master_init, [self(), App, Props, Type]),
                            {noreply, St#{starting := S#{Master => {App, Type, Caller}}}}
                    end
            end
    end;
handle({stop, App}, Caller, #{running := R, stopping := Stopping} = St) ->
    case maps:find(App, R) of
        {ok, {undefined, _}} ->
            {ok, remove_running(App, St)};
        {ok, {Master, _}} ->
            Master ! {'$app_stop', self()},
            {noreply, St#{stopping := Stopping#{Master => Caller}}};
        error ->
            {{error, {not_started, App}}, St}
    end;
handle(Request, _Caller, St) ->
    handle(Request, St).

reply({From, Ref}, Reply) ->
    From ! {Ref, Reply},
    ok.

remove_running(App, #{running := R, order := O} = St) ->
    St#{running := maps:remove(App, R), order := [A || A <- O, A =/= App]}.

master_started(Master, #{starting := S, running := R, order := O} = St) ->
    case maps:take(Master, S) of
        {{App, Type, Caller}, S1} ->
            reply(Caller, ok),
            St#{starting := S1, running := R#{App => {Master, Type}}, order := [App | O]};
        error ->
            St
    end.

master_failed(Master, Reason, #{starting := S, loaded := L} = St) ->
    case maps:take(Master, S) of
        {{App, _Type, Caller}, S1} ->
            unlink(Master),
            receive {'EXIT', Master, _} -> ok after 0 -> ok end,
            Props = maps:get(App, L, []),
            reply(Caller, {error, {Reason, {mod_name(Props), start, [normal, mod_args(Props)]}}}),
            St#{starting := S1};
        error ->
            St
    end.

handle({load, App, Props}, #{loaded := L, env := E} = St) ->
    case maps:is_key(App, L) of
        true -> {{error, {already_loaded, App}}, St};
        false ->
            Env0 = proplist(env, Props, []),
            Env = maps:merge(maps:from_list(Env0), maps:get(App, E, #{})),
            {ok, St#{loaded := L#{App => Props}, env := E#{App => Env}}}
    end;
handle({is_loaded, App}, #{loaded := L} = St) ->
    {maps:is_key(App, L), St};
handle({unload, App}, #{loaded := L, running := R, env := E} = St) ->
    case {maps:is_key(App, R), maps:is_key(App, L)} of
        {true, _} -> {{error, {running, App}}, St};
        {_, false} -> {{error, {not_loaded, App}}, St};
        _ -> {ok, St#{loaded := maps:remove(App, L), env := maps:remove(App, E)}}
    end;
handle(loaded_applications, #{loaded := L} = St) ->
    {[{App, proplist(description, P, ""), proplist(vsn, P, "")} || {App, P} <- maps:to_list(L)], St};
handle(which_applications, #{running := R, loaded := L, order := O} = St) ->
    {[begin
          P = maps:get(A, L),
          {A, proplist(description, P, ""), proplist(vsn, P, "")}
      end || A <- O, maps:is_key(A, R)], St};
handle({start_type, App}, #{running := R} = St) ->
    {case maps:find(App, R) of {ok, _} -> normal; error -> undefined end, St};
handle(info, St) ->
    {St, St};
handle({get_env, App, Key}, #{env := E} = St) ->
    {case maps:find(Key, maps:get(App, E, #{})) of
         {ok, V} -> {ok, V};
         error -> undefined
     end, St};
handle({get_all_env, App}, #{env := E} = St) ->
    {maps:to_list(maps:get(App, E, #{})), St};
handle({set_env, App, Key, Value}, #{env := E} = St) ->
    {ok, St#{env := E#{App => (maps:get(App, E, #{}))#{Key => Value}}}};
handle({unset_env, App, Key}, #{env := E} = St) ->
    {ok, St#{env := E#{App => maps:remove(Key, maps:get(App, E, #{}))}}};
handle({get_key, App, Key}, #{loaded := L, env := E} = St) ->
    case maps:find(App, L) of
        {ok, Props} ->
            {case Key of
                 env -> {ok, maps:to_list(maps:get(App, E, #{}))};
                 _ ->
                     case lists:member(Key, app_keys()) of
                         true -> {ok, proplist(Key, Props, default_key(Key))};
                         false -> undefined
                     end
             end, St};
        error -> {undefined, St}
    end;
handle({get_all_key, App}, #{loaded := L} = St) ->
    case maps:find(App, L) of
        {ok, Props} ->
            {{ok, [{K, proplist(K, Props, default_key(K))} || K <- app_keys()]}, St};
        error -> {undefined, St}
    end;
handle({application_of_master, GL}, #{running := R, starting := S} = St) ->
    {case [A || {A, {M, _}} <- maps:to_list(R), M =:= GL] ++
          [A || {M, {A, _, _}} <- maps:to_list(S), M =:= GL] of
         [A | _] -> {ok, A};
         [] -> undefined
     end, St};
handle({application_of_module, Mod}, #{loaded := L} = St) ->
    {case [A || {A, P} <- maps:to_list(L), lists:member(Mod, proplist(modules, P, []))] of
         [A | _] -> {ok, A};
         [] -> undefined
     end, St};
handle(_, St) ->
    {{error, badarg}, St}.

app_keys() ->
    [description, id, vsn, modules, maxP, maxT, registered, included_applications,
     optional_applications, applications, env, mod, start_phases].

default_key(description) -> "";
default_key(id) -> "";
default_key(vsn) -> "";
default_key(maxP) -> infinity;
default_key(maxT) -> infinity;
default_key(mod) -> [];
default_key(start_phases) -> undefined;
default_key(_) -> [].

proplist(Key, Props, Default) ->
    case lists:keyfind(Key, 1, Props) of
        {Key, V} -> V;
        false -> Default
    end.

mod_name(Props) ->
    case proplist(mod, Props, []) of
        {M, _} -> M;
        _ -> undefined
    end.

mod_args(Props) ->
    case proplist(mod, Props, []) of
        {_, A} -> A;
        _ -> []
    end.

master_exited(Pid, Reason, #{running := R, stopping := Stopping} = St) ->
    case [{A, T} || {A, {M, T}} <- maps:to_list(R), M =:= Pid] of
        [{App, Type}] ->
            case maps:take(Pid, Stopping) of
                {Caller, Stopping1} ->
                    report_exit(App, stopped, Type),
                    reply(Caller, ok),
                    remove_running(App, St#{stopping := Stopping1});
                error ->
                    report_exit(App, Reason, Type),
                    remove_running(App, St)
            end;
        _ ->
            St
    end.

report_exit(App, Reason, Type) ->
    catch logger:log(notice, "    application: ~tw~n    exited: ~tp~n    type: ~tw",
                     [App, Reason, Type], #{domain => [otp], error_logger => #{tag => info_report}}),
    ok.

%% ---- the application master ----

%% The master (group leader of the application's processes) and, for an application with
%% a callback module, a starter process that calls Mod:start/2 and then stays as the
%% parent of the top supervisor until the application stops (as OTP's master does).
master_init(Controller, _App, Props, _Type) ->
    process_flag(trap_exit, true),
    OuterGL = group_leader(),
    case proplist(mod, Props, []) of
        {Mod, Args} ->
            Self = self(),
            Starter = spawn_link(fun() -> starter(Self, Mod, Args) end),
            case master_wait(Starter, OuterGL) of
                {ok, Pid} when is_pid(Pid) ->
                    Controller ! {self(), started},
                    master_loop(Mod, Starter, [], OuterGL);
                {ok, Pid, State} when is_pid(Pid) ->
                    Controller ! {self(), started},
                    master_loop(Mod, Starter, State, OuterGL);
                {error, Reason} ->
                    Controller ! {self(), failed, Reason},
                    exit(normal);
                Other ->
                    Controller ! {self(), failed, {bad_return, Other}},
                    exit(normal)
            end;
        [] ->
            %% A library application: nothing to start.
            Controller ! {self(), started},
            master_loop(undefined, undefined, undefined, OuterGL)
    end.

starter(Master, Mod, Args) ->
    group_leader(Master, self()),
    Result = (catch Mod:start(normal, Args)),
    Master ! {self(), Result},
    case Result of
        {ok, Sup} when is_pid(Sup) -> starter_loop(Master, Sup);
        {ok, Sup, _} when is_pid(Sup) -> starter_loop(Master, Sup);
        _ -> ok
    end.

starter_loop(Master, Sup) ->
    process_flag(trap_exit, true),
    receive
        {Master, stop} ->
            stop_top(Sup),
            Master ! {self(), stopped};
        {'EXIT', Sup, Reason} ->
            exit(Reason);
        {'EXIT', Master, Reason} ->
            exit(Sup, Reason),
            exit(Reason)
    end.

%% Waits for a message from the starter, forwarding I/O meanwhile.
master_wait(Starter, OuterGL) ->
    receive
        {Starter, Result} ->
            Result;
        {io_request, _, _, _} = Req ->
            forward_io(Req, OuterGL),
            master_wait(Starter, OuterGL)
    end.

master_loop(Mod, Starter, State, OuterGL) ->
    receive
        {io_request, _, _, _} = Req ->
            forward_io(Req, OuterGL),
            master_loop(Mod, Starter, State, OuterGL);
        {'$app_stop', _From} ->
            State1 = case Mod =/= undefined andalso erlang:function_exported(Mod, prep_stop, 1) of
                         true -> catch Mod:prep_stop(State);
                         false -> State
                     end,
            case is_pid(Starter) of
                true ->
                    Starter ! {self(), stop},
                    stopped = master_wait(Starter, OuterGL),
                    receive {'EXIT', Starter, _} -> ok end;
                false ->
                    ok
            end,
            case Mod of
                undefined -> ok;
                _ -> catch Mod:stop(State1)
            end,
            exit(normal);
        {'EXIT', Starter, Reason} when is_pid(Starter) ->
            case Mod of
                undefined -> ok;
                _ -> catch Mod:stop(State)
            end,
            exit(Reason);
        _ ->
            master_loop(Mod, Starter, State, OuterGL)
    end.

stop_top(Sup) ->
    Ref = erlang:monitor(process, Sup),
    unlink(Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, _, _, _} -> ok end.

%% I/O from the application's processes goes to the master's own group leader.
forward_io(Req, OuterGL) ->
    OuterGL ! Req,
    ok.
