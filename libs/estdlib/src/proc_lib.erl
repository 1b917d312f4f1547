%% proc_lib: processes that follow the OTP design principles. They record their ancestors
%% and initial call in the process dictionary, report crashes through logger (a crash
%% report), and can be started synchronously (start/start_link wait for init_ack).
-module(proc_lib).

-compile({no_auto_import, [spawn/1, spawn/2, spawn/3, spawn/4, spawn_link/1, spawn_link/2, spawn_link/3, spawn_link/4, spawn_opt/2, spawn_opt/3, spawn_opt/4, spawn_opt/5]}).

-export([spawn/1, spawn/2, spawn/3, spawn/4, spawn_link/1, spawn_link/2, spawn_link/3,
         spawn_link/4, spawn_opt/2, spawn_opt/3, spawn_opt/4, spawn_opt/5,
         start/3, start/4, start/5, start_link/3, start_link/4, start_link/5,
         start_monitor/3, start_monitor/4, start_monitor/5, init_ack/1, init_ack/2,
         init_p/3, init_p/5, hibernate/3, wake_up/3, initial_call/1, translate_initial_call/1,
         stop/1, stop/3, format/1, format/2, format/3, report_cb/2]).

%% ---- spawning ----

spawn(F) when is_function(F) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(Node, F) when is_function(F) ->
    check_node(Node),
    ?MODULE:spawn(F).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn(Node, M, F, A) ->
    check_node(Node),
    ?MODULE:spawn(M, F, A).

spawn_link(F) when is_function(F) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(Node, F) when is_function(F) ->
    check_node(Node),
    ?MODULE:spawn_link(F).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(Node, M, F, A) ->
    check_node(Node),
    ?MODULE:spawn_link(M, F, A).

spawn_opt(F, Opts) when is_function(F) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(Node, F, Opts) when is_function(F) ->
    check_node(Node),
    spawn_opt(F, Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_opt(Node, M, F, A, Opts) ->
    check_node(Node),
    spawn_opt(M, F, A, Opts).

check_node(Node) when Node =:= node() -> ok;
check_node(_) -> erlang:error(badarg).

my_name() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

ancestors() ->
    case get('$ancestors') of
        A when is_list(A) -> A;
        _ -> []
    end.

init_p(Parent, Ancestors, F) when is_function(F) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', fun_mfa(F)),
    try
        F()
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

init_p(Parent, Ancestors, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', initial_mfa(M, F, A)),
    try
        apply(M, F, A)
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

fun_mfa(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

%% As OTP: a gen process records the callback module's init/1 as its initial call.
initial_mfa(gen, init_it, [_GenMod, _Starter, _Parent, Mod, _Args, _Opts]) when is_atom(Mod) ->
    {Mod, init, 1};
initial_mfa(gen, init_it, [_GenMod, _Starter, _Parent, _Name, Mod, _Args, _Opts]) when is_atom(Mod) ->
    {Mod, init, 1};
initial_mfa(M, F, A) ->
    {M, F, length(A)}.

%% The process ends with the exception's exit reason, after a crash report unless the
%% reason is normal, shutdown or {shutdown, _}.
exit_p(Class, Reason, Stacktrace) ->
    ExitReason = case Class of
                     error -> {Reason, Stacktrace};
                     exit -> Reason;
                     throw -> {{nocatch, Reason}, Stacktrace}
                 end,
    case ExitReason of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> crash_report(Class, Reason, Stacktrace)
    end,
    erlang:raise(exit, ExitReason, Stacktrace).

crash_report(Class, Reason, Stacktrace) ->
    Report = [{initial_call, get('$initial_call')},
              {pid, self()},
              {registered_name, case my_name() of P when is_pid(P) -> []; N -> N end},
              {error_info, {Class, Reason, Stacktrace}},
              {ancestors, ancestors()}
              | process_items()],
    catch logger:log(error, #{label => {proc_lib, crash}, report => [Report, []]},
                     #{domain => [otp, sasl], report_cb => fun ?MODULE:report_cb/2,
                       error_logger => #{tag => error_report, type => crash_report}}),
    ok.

process_items() ->
    Keys = [message_queue_len, messages, links, dictionary, trap_exit, status,
            heap_size, stack_size, reductions],
    [item(K) || K <- Keys].

item(dictionary) ->
    {dictionary, [KV || {K, _} = KV <- get(), K =/= '$ancestors', K =/= '$initial_call']};
item(K) ->
    case catch erlang:process_info(self(), K) of
        {K, V} -> {K, V};
        _ -> {K, undefined}
    end.

%% ---- synchronous start ----

start(M, F, A) -> start(M, F, A, infinity).

start(M, F, A, Timeout) -> start(M, F, A, Timeout, []).

start(M, F, A, Timeout, SpawnOpts) ->
    {Pid, Ref} = spawn_opt(M, F, A, [monitor | SpawnOpts]),
    sync_start_monitor(Pid, Ref, Timeout, false).

start_link(M, F, A) -> start_link(M, F, A, infinity).

start_link(M, F, A, Timeout) -> start_link(M, F, A, Timeout, []).

start_link(M, F, A, Timeout, SpawnOpts) ->
    Pid = spawn_opt(M, F, A, [link | SpawnOpts]),
    sync_start_link(Pid, Timeout).

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity).

start_monitor(M, F, A, Timeout) -> start_monitor(M, F, A, Timeout, []).

start_monitor(M, F, A, Timeout, SpawnOpts) ->
    {Pid, Ref} = spawn_opt(M, F, A, [monitor | SpawnOpts]),
    sync_start_monitor(Pid, Ref, Timeout, true).

sync_start_link(Pid, Timeout) ->
    receive
        {ack, Pid, Return} -> Return;
        {'EXIT', Pid, Reason} -> {error, Reason}
    after Timeout ->
        kill_flush(Pid),
        {error, timeout}
    end.

sync_start_monitor(Pid, Ref, Timeout, KeepMonitor) ->
    receive
        {ack, Pid, Return} ->
            case KeepMonitor of
                true -> {Return, Ref};
                false -> erlang:demonitor(Ref, [flush]), Return
            end;
        {'DOWN', Ref, process, Pid, Reason} when KeepMonitor ->
            self() ! {'DOWN', Ref, process, Pid, Reason},
            {{error, Reason}, Ref};
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        exit(Pid, kill),
        case KeepMonitor of
            true -> {{error, timeout}, Ref};
            false ->
                erlang:demonitor(Ref, [flush]),
                {error, timeout}
        end
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end.

init_ack(Return) ->
    [Parent | _] = ancestors(),
    init_ack(Parent, Return).

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

%% Hibernates (erlang:hibernate/3); on waking, M:F(A...) runs under proc_lib's crash
%% handling again, since hibernating dropped the stack with its catch.
hibernate(M, F, A) ->
    erlang:hibernate(?MODULE, wake_up, [M, F, A]).

wake_up(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    try
        apply(M, F, A)
    catch
        Class:Reason:Stacktrace -> exit_p(Class, Reason, Stacktrace)
    end.

%% ---- introspection ----

initial_call(Process) ->
    case dict_value(Process, '$initial_call') of
        {M, F, A} when is_integer(A) -> {M, F, dummy_args(A, 1)};
        _ -> false
    end.

translate_initial_call(Process) ->
    case dict_value(Process, '$initial_call') of
        {_, _, _} = MFA -> MFA;
        _ -> {?MODULE, init_p, 5}
    end.

dummy_args(0, _) -> [];
dummy_args(N, I) -> [list_to_atom("Argument__" ++ integer_to_list(I)) | dummy_args(N - 1, I + 1)].

dict_value(Pid, Key) when is_pid(Pid) ->
    case catch erlang:process_info(Pid, dictionary) of
        {dictionary, D} ->
            case lists:keyfind(Key, 1, D) of
                {Key, V} -> V;
                false -> undefined
            end;
        _ -> undefined
    end;
dict_value(Name, Key) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> undefined;
        Pid -> dict_value(Pid, Key)
    end;
dict_value(_, _) ->
    undefined.

%% ---- stopping ----

stop(Process) ->
    stop(Process, normal, infinity).

%% Asks a system process (gen_server, gen_statem, ...) to terminate with Reason and waits
%% until it has; raises noproc, timeout, or the reason it ended with if that differs.
stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    case catch erlang:send(Process, {system, {self(), Mref}, {terminate, Reason}}) of
        {'EXIT', _} -> ok;
        _ -> ok
    end,
    receive
        {'DOWN', Mref, _, _, Reason} ->
            ok;
        {'DOWN', Mref, _, _, noproc} ->
            exit(noproc);
        {'DOWN', Mref, _, _, Other} ->
            exit(Other)
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        exit(timeout)
    end.

%% ---- crash report text ----

format(CrashReport) ->
    format(CrashReport, latin1).

format(CrashReport, Encoding) ->
    format(CrashReport, Encoding, unlimited).

format([OwnReport, LinkReport], Encoding, _Depth) ->
    P = case Encoding of latin1 -> "~p"; _ -> "~tp" end,
    Items = [format_item(K, V, P) || {K, V} <- OwnReport],
    ["  crasher:\n", Items, "  neighbours:\n",
     [io_lib:format("    ~p~n", [N]) || N <- LinkReport]].

format_item(initial_call, {M, F, A}, _) when is_integer(A) ->
    io_lib:format("    initial call: ~w:~w/~w~n", [M, F, A]);
format_item(error_info, {Class, Reason, Stacktrace}, P) ->
    [io_lib:format("    exception ~w: " ++ P ++ "~n", [Class, Reason]),
     [io_lib:format("      in function  ~w:~w/~w~n", [M, F, arity(A)]) || {M, F, A, _} <- first(Stacktrace)],
     [io_lib:format("      in call from ~w:~w/~w~n", [M, F, arity(A)]) || {M, F, A, _} <- rest(Stacktrace)]];
format_item(K, V, P) ->
    io_lib:format("    ~w: " ++ P ++ "~n", [K, V]).

arity(A) when is_list(A) -> length(A);
arity(A) -> A.

first([H | _]) -> [H];
first(_) -> [].

rest([_ | T]) when is_list(T) -> T;
rest(_) -> [].

%% logger report callback for crash reports.
report_cb(#{label := {proc_lib, crash}, report := Report}, _Config) ->
    format(Report, unicode);
report_cb(Report, _Config) ->
    io_lib:format("~tp", [Report]).
