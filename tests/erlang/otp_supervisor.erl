%% supervisor: the four strategies and their restart sequences, restart types, intensity,
%% child specs as maps and tuples, the child API (start/terminate/restart/delete,
%% which_children, count_children, get_childspec) and start failures. Workers and the
%% supervisor's start function report to the test process, which returns the log.
-module(otp_supervisor).
-behaviour(supervisor).
-export([start/0, id/1]).
-export([init/1, worker/2, sup/1]).

id(X) -> X.

init({Flags, Specs}) -> {ok, {Flags, Specs}};
init(Other) -> Other.

%% A worker: logs its start, traps exits so it can log its shutdown.
worker(Id, How) ->
    otp_sup_test ! {started, Id},
    case How of
        fail -> {error, {nope, Id}};
        ignore -> ignore;
        junk -> junk;
        crash -> erlang:error(start_crash);
        ok ->
            Parent = self(),
            Pid = spawn_link(fun() -> process_flag(trap_exit, true), loop(Id, Parent) end),
            {ok, Pid}
    end.

loop(Id, Parent) ->
    receive
        {'EXIT', Parent, Reason} ->
            otp_sup_test ! {stopped, Id, Reason},
            exit(Reason);
        {exit, Reason} ->
            exit(Reason);
        _ ->
            loop(Id, Parent)
    end.

sup(Args) -> supervisor:start_link(?MODULE, Args).

%% ---- helpers ----

clean(P) when is_pid(P) -> pid;
clean(R) when is_reference(R) -> ref;
clean({R, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L), (is_integer(A) orelse is_list(A)) ->
    {clean(R), stack};
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

flush() ->
    receive M -> [M | flush()] after 60 -> [] end.

pid_of(Sup, Id) ->
    {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
    Pid.

%% Makes child Id exit with Reason and waits for the supervisor to react.
kill(Sup, Id, Reason) ->
    pid_of(Sup, Id) ! {exit, Reason},
    flush().

spec(Id, Restart) ->
    #{id => Id, start => {?MODULE, worker, [Id, ok]}, restart => Restart, shutdown => 1000}.

tspec(Id, Restart) ->
    {Id, {?MODULE, worker, [Id, ok]}, Restart, 1000, worker, [?MODULE]}.

%% ---- scenarios ----

one_for_one() ->
    {ok, Sup} = sup({#{strategy => one_for_one, intensity => 4, period => 10},
                     [spec(a, permanent), tspec(b, transient), spec(c, temporary)]}),
    Boot = flush(),
    Which0 = supervisor:which_children(Sup),
    Count0 = supervisor:count_children(Sup),
    CrashA = kill(Sup, a, boom),
    NormalB = kill(Sup, b, normal),
    WhichB = lists:keyfind(b, 1, supervisor:which_children(Sup)),
    RestartB = [supervisor:restart_child(Sup, b), flush(), supervisor:restart_child(Sup, b)],
    CrashC = kill(Sup, c, boom),
    Which1 = supervisor:which_children(Sup),
    Term = [supervisor:terminate_child(Sup, a), flush(), supervisor:delete_child(Sup, b),
            supervisor:restart_child(Sup, a), flush(), supervisor:terminate_child(Sup, a), flush(),
            supervisor:delete_child(Sup, a), supervisor:delete_child(Sup, a),
            supervisor:terminate_child(Sup, nobody), supervisor:restart_child(Sup, nobody)],
    Start = [supervisor:start_child(Sup, spec(d, permanent)), flush(),
             supervisor:start_child(Sup, spec(d, permanent)),
             supervisor:start_child(Sup, tspec(e, permanent)),
             supervisor:start_child(Sup, #{id => f, start => {?MODULE, worker, [f, fail]}}),
             supervisor:start_child(Sup, #{id => g, start => {?MODULE, worker, [g, ignore]}}),
             supervisor:start_child(Sup, #{id => h, start => {?MODULE, worker, [h, ignore]},
                                          restart => temporary}),
             supervisor:start_child(Sup, #{id => i, start => {?MODULE, worker, [i, junk]}}),
             supervisor:start_child(Sup, #{id => j}),
             supervisor:start_child(Sup, #{id => k, start => bad}),
             supervisor:start_child(Sup, #{id => l, start => {?MODULE, worker, [l, ok]}, restart => sometimes}),
             supervisor:start_child(Sup, {m, {?MODULE, worker, [m, ok]}, permanent, -1, worker, []}),
             supervisor:start_child(Sup, {n, {?MODULE, worker, [n, ok]}, permanent, 1000, worker}),
             flush()],
    Which2 = supervisor:which_children(Sup),
    Spec = [supervisor:get_childspec(Sup, b), supervisor:get_childspec(Sup, e),
            supervisor:get_childspec(Sup, nobody)],
    Count1 = supervisor:count_children(Sup),
    %% Five restarts exceed an intensity of 4: the supervisor shuts down.
    Crashes = [kill(Sup, d, boom), kill(Sup, d, boom), kill(Sup, e, boom), kill(Sup, d, boom)],
    Down = receive {'EXIT', Sup, R} -> R after 1000 -> none end,
    [Boot, Which0, Count0, CrashA, NormalB, WhichB, RestartB, CrashC, Which1, Term, Start,
     Which2, Spec, Count1, Crashes, Down].

one_for_all() ->
    {ok, Sup} = sup({{one_for_all, 2, 10}, [tspec(a, permanent), tspec(b, transient),
                                           tspec(c, temporary), tspec(d, permanent)]}),
    Boot = flush(),
    CrashB = kill(Sup, b, boom),
    Which = supervisor:which_children(Sup),
    NormalB = kill(Sup, b, normal),
    CrashA = kill(Sup, a, boom),
    Stop = [unlink(Sup), exit(Sup, shutdown), flush()],
    [Boot, CrashB, Which, NormalB, CrashA, Stop].

rest_for_one() ->
    {ok, Sup} = sup({#{strategy => rest_for_one}, [spec(a, permanent), spec(b, permanent),
                                                    spec(c, temporary), spec(d, transient)]}),
    Boot = flush(),
    CrashB = kill(Sup, b, boom),
    Which = supervisor:which_children(Sup),
    %% The default intensity is 1 in 5 seconds: a second crash stops everything.
    CrashD = kill(Sup, d, boom),
    Down = receive {'EXIT', Sup, R} -> R after 1000 -> none end,
    [Boot, CrashB, Which, CrashD, Down].

simple() ->
    {ok, Sup} = sup({#{strategy => simple_one_for_one, intensity => 5},
                     [#{id => w, start => {?MODULE, worker, []}, restart => transient}]}),
    Boot = flush(),
    {ok, X} = supervisor:start_child(Sup, [x, ok]),
    {ok, Y} = supervisor:start_child(Sup, [y, ok]),
    Started = [supervisor:start_child(Sup, [z, fail]), supervisor:start_child(Sup, [z, ignore]),
               flush()],
    Count0 = supervisor:count_children(Sup),
    X ! {exit, boom},
    CrashX = flush(),
    Y ! {exit, normal},
    NormalY = flush(),
    Count1 = supervisor:count_children(Sup),
    [{undefined, X2, worker, [?MODULE]}] = supervisor:which_children(Sup),
    Ops = [supervisor:terminate_child(Sup, X2), flush(), supervisor:terminate_child(Sup, x),
           supervisor:restart_child(Sup, x), supervisor:delete_child(Sup, x),
           supervisor:which_children(Sup), supervisor:count_children(Sup),
           supervisor:get_childspec(Sup, w)],
    {ok, _} = supervisor:start_child(Sup, [v, ok]),
    Stop = [unlink(Sup), exit(Sup, shutdown), flush()],
    [Boot, Started, Count0, CrashX, NormalY, Count1, Ops, Stop].

nested() ->
    Inner = #{id => inner, start => {?MODULE, sup, [{#{}, [spec(i1, permanent), spec(i2, permanent)]}]},
              type => supervisor},
    {ok, Sup} = sup({#{strategy => one_for_one}, [spec(o1, permanent), Inner, spec(o2, permanent)]}),
    Boot = flush(),
    Count = supervisor:count_children(Sup),
    InnerPid = pid_of(Sup, inner),
    CrashI = kill(InnerPid, i1, boom),
    Stop = [unlink(Sup), exit(Sup, shutdown), flush()],
    [Boot, Count, CrashI, Stop].

failures() ->
    Starts = [catch sup({#{}, [spec(a, permanent), #{id => b, start => {?MODULE, worker, [b, fail]}},
                                spec(c, permanent)]}),
              flush(),
              catch sup({#{}, [spec(a, permanent), #{id => b, start => {?MODULE, worker, [b, crash]}}]}),
              flush(),
              catch sup({#{}, [spec(a, permanent), spec(a, permanent)]}),
              catch sup({#{strategy => none}, []}),
              catch sup({#{intensity => -1}, []}),
              catch sup({{one_for_one, 1}, []}),
              catch sup({#{}, [#{id => x}]}),
              catch sup({#{strategy => simple_one_for_one}, [spec(a, permanent), spec(b, permanent)]}),
              catch sup(ignore),
              catch sup(bogus),
              lists:sort(clean(flush()))],
    Checks = [supervisor:check_childspecs([spec(a, permanent), tspec(b, temporary)]),
              supervisor:check_childspecs([#{id => a, start => {m, f, []}, shutdown => soon}]),
              supervisor:check_childspecs([#{id => a, start => {m, f, []}, type => boss}]),
              supervisor:check_childspecs([#{id => a, start => {m, f, []}, modules => x}]),
              supervisor:check_childspecs(notalist)],
    [Starts, Checks].

start() ->
    process_flag(trap_exit, true),
    register(otp_sup_test, self()),
    clean([one_for_one(), one_for_all(), rest_for_one(), simple(), nested(), failures()]).
