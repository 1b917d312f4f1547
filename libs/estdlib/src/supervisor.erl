%% supervisor: the supervisor behaviour (one_for_one, one_for_all, rest_for_one,
%% simple_one_for_one; restart intensity and period; child specs as maps or tuples;
%% significant children and auto_shutdown, as OTP 24+) with OTP's API. The supervisor itself is a gen_server with this module as callback.
-module(supervisor).
-behaviour(gen_server).

-export([start_link/2, start_link/3, start_child/2, restart_child/2, delete_child/2,
         terminate_child/2, which_children/1, count_children/1, check_childspecs/1,
         check_childspecs/2, get_childspec/2]).

%% gen_server callbacks.
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3,
         format_status/2]).

-callback init(Args :: term()) -> term().

%% Same field order as OTP's #child{} (it shows in start_child errors).
-record(child, {pid = undefined, id, mfargs, restart_type = permanent, significant = false,
                shutdown = 5000, child_type = worker, modules = []}).

-record(state, {name, strategy, children = [], dynamics = [], intensity = 1, period = 5,
                restarts = [], module, args, auto_shutdown = never}).

%% ---- API ----

start_link(Mod, Args) ->
    gen_server:start_link(?MODULE, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, ?MODULE, {SupName, Mod, Args}, []).

start_child(Sup, ChildSpecOrArgs) -> call(Sup, {start_child, ChildSpecOrArgs}).

restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).

delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).

terminate_child(Sup, IdOrPid) -> call(Sup, {terminate_child, IdOrPid}).

which_children(Sup) -> call(Sup, which_children).

count_children(Sup) -> call(Sup, count_children).

get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).

call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, AutoShutdown) when is_list(Specs) ->
    case check_specs(Specs, AutoShutdown, []) of
        {ok, _} -> ok;
        Error -> Error
    end;
check_childspecs(X, _) ->
    {error, {badarg, X}}.

%% ---- init ----

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    Name = case SupName of self -> {self(), Mod}; _ -> SupName end,
    case catch Mod:init(Args) of
        {ok, {Flags, Specs}} ->
            case flags(Flags) of
                {ok, Strategy, Intensity, Period, AutoShutdown} ->
                    State = #state{name = Name, strategy = Strategy, intensity = Intensity,
                                   period = Period, module = Mod, args = Args,
                                   auto_shutdown = AutoShutdown},
                    init_children(State, Specs);
                {error, Reason} ->
                    {stop, {supervisor_data, Reason}}
            end;
        ignore ->
            ignore;
        Error ->
            {stop, {bad_return, {Mod, init, Error}}}
    end.

flags(Flags) when is_map(Flags) ->
    case maps:get(auto_shutdown, Flags, never) of
        A when A =:= never; A =:= any_significant; A =:= all_significant ->
            case flags({maps:get(strategy, Flags, one_for_one), maps:get(intensity, Flags, 1),
                        maps:get(period, Flags, 5)}) of
                {ok, S, I, P, _} -> {ok, S, I, P, A};
                Error -> Error
            end;
        A ->
            {error, {invalid_auto_shutdown, A}}
    end;
flags({Strategy, Intensity, Period}) ->
    if
        Strategy =/= one_for_one, Strategy =/= one_for_all, Strategy =/= rest_for_one,
        Strategy =/= simple_one_for_one ->
            {error, {invalid_strategy, Strategy}};
        not is_integer(Intensity); Intensity < 0 ->
            {error, {invalid_intensity, Intensity}};
        not is_integer(Period); Period < 1 ->
            {error, {invalid_period, Period}};
        true ->
            {ok, Strategy, Intensity, Period, never}
    end;
flags(Other) ->
    {error, {invalid_type, Other}}.

init_children(#state{strategy = simple_one_for_one, auto_shutdown = A} = State, Specs) ->
    case check_specs(Specs, A, []) of
        {ok, [Child]} -> {ok, State#state{children = [Child]}};
        {ok, _} -> {stop, {bad_start_spec, Specs}};
        {error, Reason} -> {stop, {start_spec, Reason}}
    end;
init_children(#state{auto_shutdown = A} = State, Specs) ->
    case check_specs(Specs, A, []) of
        {ok, Children} ->
            case start_children(Children, []) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Started, Id, Reason} ->
                    terminate_children(Started),
                    {stop, {shutdown, {failed_to_start_child, Id, Reason}}}
            end;
        {error, Reason} ->
            {stop, {start_spec, Reason}}
    end.

%% Starts children in order; returns them newest first.
start_children([], Acc) ->
    {ok, Acc};
start_children([C | Cs], Acc) ->
    case do_start(C) of
        {ok, Pid} -> start_children(Cs, [C#child{pid = Pid} | Acc]);
        {ok, Pid, _Extra} -> start_children(Cs, [C#child{pid = Pid} | Acc]);
        {error, Reason} ->
            report(start_error, Reason, C),
            {error, Acc, C#child.id, Reason}
    end.

do_start(#child{mfargs = {M, F, A}}) ->
    do_start(M, F, A).

do_start(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) -> {ok, Pid, Extra};
        ignore -> {ok, undefined};
        {error, _} = Error -> Error;
        What -> {error, What}
    end.

%% ---- child specs ----

check_specs([], _AutoShutdown, Acc) ->
    {ok, lists:reverse(Acc)};
check_specs([Spec | Specs], AutoShutdown, Acc) ->
    case check_spec(Spec, AutoShutdown) of
        {ok, Child} ->
            case lists:keymember(Child#child.id, #child.id, Acc) of
                true -> {error, {duplicate_child_name, Child#child.id}};
                false -> check_specs(Specs, AutoShutdown, [Child | Acc])
            end;
        Error ->
            Error
    end.

%% A child spec, then what OTP 24+ requires of significant children: not permanent, and
%% under a supervisor with auto_shutdown (undefined: check_childspecs/1, not known).
check_spec(Spec, AutoShutdown) ->
    case check_spec(Spec) of
        {ok, #child{significant = true, restart_type = permanent}} ->
            {error, {bad_combination, [{restart, permanent}, {significant, true}]}};
        {ok, #child{significant = true}} when AutoShutdown =:= never ->
            {error, {bad_combination, [{auto_shutdown, never}, {significant, true}]}};
        Result ->
            Result
    end.

check_spec({Id, MFA, Restart, Shutdown, Type, Modules}) ->
    check_spec(#{id => Id, start => MFA, restart => Restart, shutdown => Shutdown,
                 type => Type, modules => Modules});
check_spec(#{} = Spec) ->
    case {maps:find(id, Spec), maps:find(start, Spec)} of
        {error, _} -> {error, missing_id};
        {_, error} -> {error, missing_start};
        {{ok, Id}, {ok, MFA}} ->
            Type = maps:get(type, Spec, worker),
            Child = #child{id = Id, mfargs = MFA,
                           restart_type = maps:get(restart, Spec, permanent),
                           significant = maps:get(significant, Spec, false),
                           shutdown = maps:get(shutdown, Spec,
                                               case Type of supervisor -> infinity; _ -> 5000 end),
                           child_type = Type,
                           modules = maps:get(modules, Spec, case MFA of {M, _, _} -> [M]; _ -> [] end)},
            validate(Child)
    end;
check_spec(Other) ->
    {error, {invalid_child_spec, Other}}.

validate(#child{mfargs = MFA, restart_type = R, shutdown = S, child_type = T, modules = Ms,
                significant = Sig} = C) ->
    if
        not (is_tuple(MFA) andalso tuple_size(MFA) =:= 3) -> {error, {invalid_mfa, MFA}};
        not (is_atom(element(1, MFA)) andalso is_atom(element(2, MFA)) andalso is_list(element(3, MFA))) ->
            {error, {invalid_mfa, MFA}};
        R =/= permanent, R =/= transient, R =/= temporary -> {error, {invalid_restart_type, R}};
        S =/= brutal_kill, S =/= infinity, not (is_integer(S) andalso S >= 0) ->
            {error, {invalid_shutdown, S}};
        T =/= worker, T =/= supervisor -> {error, {invalid_child_type, T}};
        not is_boolean(Sig) -> {error, {invalid_significant, Sig}};
        Ms =/= dynamic, not is_list(Ms) -> {error, {invalid_modules, Ms}};
        true ->
            case Ms =:= dynamic orelse all_atoms(Ms) of
                true -> {ok, C};
                false -> {error, {invalid_modules, Ms}}
            end
    end.

all_atoms([A | As]) when is_atom(A) -> all_atoms(As);
all_atoms([]) -> true;
all_atoms(_) -> false.

%% ---- calls ----

handle_call({start_child, Args}, _From, #state{strategy = simple_one_for_one,
                                               children = [Child]} = State) ->
    {M, F, A} = Child#child.mfargs,
    case do_start(M, F, A ++ Args) of
        {ok, undefined} ->
            {reply, {ok, undefined}, State};
        {ok, Pid} ->
            {reply, {ok, Pid}, add_dynamic(Pid, Args, Child, State)};
        {ok, Pid, Extra} ->
            {reply, {ok, Pid, Extra}, add_dynamic(Pid, Args, Child, State)};
        {error, Reason} ->
            {reply, {error, Reason}, State}
    end;
handle_call({start_child, Spec}, _From, #state{children = Children,
                                               auto_shutdown = AutoShutdown} = State) ->
    case check_spec(Spec, AutoShutdown) of
        {ok, Child} ->
            case find(Child#child.id, Children) of
                {ok, #child{pid = undefined}} ->
                    {reply, {error, already_present}, State};
                {ok, #child{pid = Pid}} ->
                    {reply, {error, {already_started, Pid}}, State};
                error ->
                    case do_start(Child) of
                        {ok, undefined} when Child#child.restart_type =:= temporary ->
                            {reply, {ok, undefined}, State};
                        {ok, Pid} ->
                            {reply, {ok, Pid}, State#state{children = [Child#child{pid = Pid} | Children]}};
                        {ok, Pid, Extra} ->
                            {reply, {ok, Pid, Extra}, State#state{children = [Child#child{pid = Pid} | Children]}};
                        {error, Reason} ->
                            {reply, {error, {Reason, Child}}, State}
                    end
            end;
        Error ->
            {reply, Error, State}
    end;
handle_call({terminate_child, Pid}, _From, #state{strategy = simple_one_for_one} = State)
  when is_pid(Pid) ->
    case lists:keyfind(Pid, 1, State#state.dynamics) of
        {Pid, _} ->
            [Child] = State#state.children,
            shutdown(Child#child{pid = Pid}),
            {reply, ok, remove_dynamic(Pid, State)};
        false ->
            case is_process_alive(Pid) of
                true -> {reply, {error, not_found}, State};
                false -> {reply, ok, State}
            end
    end;
handle_call({Op, _}, _From, #state{strategy = simple_one_for_one} = State)
  when Op =:= terminate_child; Op =:= restart_child; Op =:= delete_child ->
    {reply, {error, simple_one_for_one}, State};
handle_call({terminate_child, Id}, _From, #state{children = Children} = State) ->
    case find(Id, Children) of
        {ok, #child{restart_type = temporary} = Child} ->
            shutdown(Child),
            {reply, ok, State#state{children = delete(Id, Children)}};
        {ok, Child} ->
            shutdown(Child),
            {reply, ok, State#state{children = replace(Child#child{pid = undefined}, Children)}};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call({restart_child, Id}, _From, #state{children = Children} = State) ->
    case find(Id, Children) of
        {ok, #child{pid = undefined} = Child} ->
            case do_start(Child) of
                {ok, Pid} ->
                    {reply, {ok, Pid}, State#state{children = replace(Child#child{pid = Pid}, Children)}};
                {ok, Pid, Extra} ->
                    {reply, {ok, Pid, Extra}, State#state{children = replace(Child#child{pid = Pid}, Children)}};
                {error, Reason} ->
                    {reply, {error, Reason}, State}
            end;
        {ok, #child{pid = restarting}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call({delete_child, Id}, _From, #state{children = Children} = State) ->
    case find(Id, Children) of
        {ok, #child{pid = undefined}} ->
            {reply, ok, State#state{children = delete(Id, Children)}};
        {ok, #child{pid = restarting}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call(which_children, _From, #state{strategy = simple_one_for_one,
                                          children = [Child]} = State) ->
    #child{child_type = T, modules = Ms} = Child,
    {reply, [{undefined, Pid, T, Ms} || {Pid, _} <- State#state.dynamics], State};
handle_call(which_children, _From, #state{children = Children} = State) ->
    {reply, [{Id, Pid, T, Ms} || #child{id = Id, pid = Pid, child_type = T, modules = Ms} <- Children],
     State};
handle_call(count_children, _From, #state{strategy = simple_one_for_one,
                                          children = [Child]} = State) ->
    N = length(State#state.dynamics),
    {S, W} = case Child#child.child_type of
                 supervisor -> {N, 0};
                 worker -> {0, N}
             end,
    {reply, [{specs, 1}, {active, N}, {supervisors, S}, {workers, W}], State};
handle_call(count_children, _From, #state{children = Children} = State) ->
    Active = length([C || #child{pid = P} = C <- Children, is_pid(P)]),
    Sups = length([C || #child{child_type = supervisor} = C <- Children]),
    {reply, [{specs, length(Children)}, {active, Active}, {supervisors, Sups},
             {workers, length(Children) - Sups}], State};
handle_call({get_childspec, Id}, _From, #state{children = Children} = State) ->
    Found = case State#state.strategy of
                simple_one_for_one ->
                    [C] = Children,
                    case Id =:= C#child.id orelse
                         is_pid(Id) andalso lists:keymember(Id, 1, State#state.dynamics) of
                        true -> {ok, C};
                        false -> error
                    end;
                _ -> find(Id, Children)
            end,
    case Found of
        {ok, C1} -> {reply, {ok, child_to_spec(C1)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call(_, _From, State) ->
    {reply, {error, badarg}, State}.

child_to_spec(#child{id = Id, mfargs = MFA, restart_type = R, significant = Sig, shutdown = S,
                     child_type = T, modules = Ms}) ->
    #{id => Id, start => MFA, restart => R, significant => Sig, shutdown => S, type => T,
      modules => Ms}.

handle_cast({try_again_restart, Id}, State) ->
    case restart_by_id(Id, State) of
        {ok, State1} -> {noreply, State1};
        {shutdown, State1} -> {stop, shutdown, State1}
    end;
handle_cast(_, State) ->
    {noreply, State}.

handle_info({'EXIT', Pid, Reason}, State) ->
    case child_exited(Pid, Reason, State) of
        {ok, State1} -> {noreply, State1};
        {shutdown, State1} -> {stop, shutdown, State1}
    end;
handle_info(_, State) ->
    {noreply, State}.

terminate(_Reason, #state{strategy = simple_one_for_one, children = [Child]} = State) ->
    [shutdown(Child#child{pid = Pid}) || {Pid, _} <- State#state.dynamics],
    ok;
terminate(_Reason, #state{children = Children}) ->
    terminate_children(Children),
    ok.

code_change(_, State, _) ->
    {ok, State}.

format_status(_Opt, [_PDict, State]) ->
    [{data, [{"State", State}]}].

%% ---- restarting ----

child_exited(Pid, Reason, #state{strategy = simple_one_for_one, children = [Child]} = State) ->
    case lists:keyfind(Pid, 1, State#state.dynamics) of
        {Pid, Args} ->
            State1 = remove_dynamic(Pid, State),
            C = Child#child{pid = Pid},
            case restart_needed(C#child.restart_type, Reason) of
                true ->
                    report(child_terminated, Reason, C),
                    add_restart(State1, fun(S) -> restart_dynamic(Child, Args, S) end);
                false ->
                    report_temporary(C, Reason),
                    auto_shutdown(C, State1)
            end;
        false ->
            {ok, State}
    end;
child_exited(Pid, Reason, #state{children = Children} = State) ->
    case lists:keyfind(Pid, #child.pid, Children) of
        #child{restart_type = temporary} = C ->
            report_temporary(C, Reason),
            auto_shutdown(C, State#state{children = delete(C#child.id, Children)});
        #child{} = C ->
            case restart_needed(C#child.restart_type, Reason) of
                true ->
                    report(child_terminated, Reason, C),
                    State1 = State#state{children = replace(C#child{pid = restarting}, Children)},
                    add_restart(State1, fun(S) -> restart(C, S) end);
                false ->
                    auto_shutdown(C, State#state{children = replace(C#child{pid = undefined}, Children)})
            end;
        false ->
            {ok, State}
    end.

%% A significant child ended for good (not restarted): with auto_shutdown any_significant
%% the supervisor stops, with all_significant once no significant child runs.
auto_shutdown(#child{significant = true}, #state{auto_shutdown = any_significant} = State) ->
    {shutdown, State};
auto_shutdown(#child{significant = true}, #state{auto_shutdown = all_significant} = State) ->
    Running = [C || C <- State#state.children, C#child.significant, is_pid(C#child.pid)]
        ++ [D || D <- State#state.dynamics, significant_dynamics(State)],
    case Running of
        [] -> {shutdown, State};
        _ -> {ok, State}
    end;
auto_shutdown(_, State) ->
    {ok, State}.

%% In a simple_one_for_one supervisor every dynamic child has the template's spec.
significant_dynamics(#state{strategy = simple_one_for_one, children = [#child{significant = S}]}) -> S;
significant_dynamics(_) -> false.

restart_needed(permanent, _) -> true;
restart_needed(temporary, _) -> false;
restart_needed(transient, normal) -> false;
restart_needed(transient, shutdown) -> false;
restart_needed(transient, {shutdown, _}) -> false;
restart_needed(transient, _) -> true.

report_temporary(C, Reason) ->
    case Reason of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> report(child_terminated, Reason, C)
    end.

%% Counts a restart against the intensity; too many within the period shuts down.
add_restart(#state{intensity = I, period = P, restarts = Rs} = State, Then) ->
    Now = erlang:monotonic_time(second),
    Recent = [T || T <- [Now | Rs], Now - T < P],
    case length(Recent) > I of
        true ->
            report(shutdown, reached_max_restart_intensity, undefined),
            {shutdown, State#state{restarts = Recent}};
        false ->
            Then(State#state{restarts = Recent})
    end.

restart(#child{id = Id} = C, #state{strategy = one_for_one, children = Children} = State) ->
    case do_start(C) of
        {ok, Pid} -> {ok, State#state{children = replace(C#child{pid = Pid}, Children)}};
        {ok, Pid, _} -> {ok, State#state{children = replace(C#child{pid = Pid}, Children)}};
        {error, Reason} ->
            report(start_error, Reason, C),
            try_again(Id),
            {ok, State}
    end;
restart(#child{id = Id} = C, #state{strategy = one_for_all, children = Children} = State) ->
    Others = [X || X <- Children, X#child.id =/= Id],
    Stopped = terminate_children(Others),
    Kept = [X || X <- stopped_list(Stopped, C, Children), X#child.restart_type =/= temporary
                                                          orelse X#child.id =:= Id],
    restart_all(Kept, State);
restart(#child{id = Id} = C, #state{strategy = rest_for_one, children = Children} = State) ->
    {Younger, [_ | Older]} = split_at(Id, Children),
    Stopped = terminate_children(Younger),
    Restart = [X || X <- Stopped, X#child.restart_type =/= temporary],
    %% Children are kept newest first; restart in start order.
    ToStart = [C | lists:reverse(Restart)],
    case start_children(ToStart, []) of
        {ok, Started} ->
            {ok, State#state{children = Started ++ Older}};
        {error, Started, FailedId, Reason} ->
            report(start_error, Reason, C),
            Pending = [X#child{pid = restarting} || X <- ToStart,
                                                    not lists:keymember(X#child.id, #child.id, Started)],
            try_again(FailedId),
            {ok, State#state{children = lists:reverse(Pending) ++ Started ++ Older}}
    end.

%% All children (newest first) with the stopped ones as they are now.
stopped_list(Stopped, C, Children) ->
    [case X#child.id =:= C#child.id of
         true -> C#child{pid = undefined};
         false ->
             case lists:keyfind(X#child.id, #child.id, Stopped) of
                 false -> X;
                 S -> S
             end
     end || X <- Children].

restart_all(Children, State) ->
    case start_children(lists:reverse(Children), []) of
        {ok, Started} ->
            {ok, State#state{children = Started}};
        {error, Started, FailedId, _Reason} ->
            Pending = [X#child{pid = restarting} || X <- lists:reverse(Children),
                                                    not lists:keymember(X#child.id, #child.id, Started)],
            try_again(FailedId),
            {ok, State#state{children = lists:reverse(Pending) ++ Started}}
    end.

restart_dynamic(Child, Args, State) ->
    {M, F, A} = Child#child.mfargs,
    case do_start(M, F, A ++ Args) of
        {ok, Pid} when is_pid(Pid) -> {ok, add_dynamic(Pid, Args, Child, State)};
        {ok, Pid, _} -> {ok, add_dynamic(Pid, Args, Child, State)};
        _ -> add_restart(State, fun(S) -> restart_dynamic(Child, Args, S) end)
    end.

restart_by_id(Id, #state{children = Children} = State) ->
    case find(Id, Children) of
        {ok, #child{pid = restarting} = C} ->
            add_restart(State, fun(S) ->
                                       case S#state.strategy of
                                           one_for_one -> restart(C, S);
                                           _ -> restart_all([X || X <- S#state.children], S)
                                       end
                               end);
        _ ->
            {ok, State}
    end.

try_again(Id) ->
    gen_server:cast(self(), {try_again_restart, Id}).

add_dynamic(Pid, Args, _Child, #state{dynamics = Ds} = State) ->
    State#state{dynamics = [{Pid, Args} | Ds]}.

remove_dynamic(Pid, #state{dynamics = Ds} = State) ->
    State#state{dynamics = [D || {P, _} = D <- Ds, P =/= Pid]}.

%% ---- shutting children down ----

%% Terminates children in the order given (newest first); returns them without pids.
terminate_children(Children) ->
    [begin
         case is_pid(C#child.pid) of
             true -> shutdown(C);
             false -> ok
         end,
         C#child{pid = undefined}
     end || C <- Children].

shutdown(#child{pid = Pid, shutdown = brutal_kill}) when is_pid(Pid) ->
    Mon = erlang:monitor(process, Pid),
    unlink(Pid),
    exit(Pid, kill),
    wait_down(Pid, Mon, infinity, kill);
shutdown(#child{pid = Pid, shutdown = Time}) when is_pid(Pid) ->
    Mon = erlang:monitor(process, Pid),
    unlink(Pid),
    exit(Pid, shutdown),
    wait_down(Pid, Mon, Time, shutdown);
shutdown(_) ->
    ok.

wait_down(Pid, Mon, Time, _How) ->
    receive
        {'DOWN', Mon, process, Pid, _Reason} ->
            flush_exit(Pid)
    after Time ->
        exit(Pid, kill),
        receive
            {'DOWN', Mon, process, Pid, _} -> flush_exit(Pid)
        end
    end.

flush_exit(Pid) ->
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end.

%% ---- helpers ----

find(Id, Children) ->
    case lists:keyfind(Id, #child.id, Children) of
        false -> error;
        C -> {ok, C}
    end.

replace(#child{id = Id} = C, Children) ->
    [case X#child.id of Id -> C; _ -> X end || X <- Children].

delete(Id, Children) ->
    [X || X <- Children, X#child.id =/= Id].

split_at(Id, Children) ->
    split_at(Id, Children, []).
split_at(Id, [#child{id = Id} | _] = Rest, Acc) -> {lists:reverse(Acc), Rest};
split_at(Id, [C | Rest], Acc) -> split_at(Id, Rest, [C | Acc]).

report(Context, Reason, Child) ->
    Offender = case Child of
                   #child{pid = Pid, id = Id, mfargs = MFA, restart_type = R, shutdown = S,
                          child_type = T} ->
                       [{pid, Pid}, {id, Id}, {mfargs, MFA}, {restart_type, R},
                        {shutdown, S}, {child_type, T}];
                   _ -> []
               end,
    Name = sup_name(),
    catch logger:log(error, #{label => {supervisor, Context}, report =>
                                  [{supervisor, Name}, {errorContext, Context},
                                   {reason, Reason}, {offender, Offender}]},
                     #{domain => [otp, sasl], report_cb => fun report_cb/1,
                       error_logger => #{tag => error_report, type => supervisor_report}}),
    ok.

sup_name() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, N} -> {local, N};
        _ -> self()
    end.

report_cb(#{report := Report}) ->
    {"    supervisor: ~tp~n    errorContext: ~tp~n    reason: ~tp~n    offender: ~tp~n",
     [proplists_get(K, Report) || K <- [supervisor, errorContext, reason, offender]]}.

proplists_get(K, L) ->
    case lists:keyfind(K, 1, L) of
        {K, V} -> V;
        false -> undefined
    end.
