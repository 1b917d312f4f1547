%% supervisor: significant children and auto_shutdown (OTP 24+): the flag's values, the
%% combinations OTP refuses (in start_link, check_childspecs/2 and start_child), and the
%% supervisor shutting itself down when any / all significant children end normally,
%% also for simple_one_for_one.
-module(otp_sup_auto_shutdown).
-behaviour(supervisor).
-export([start/0, init/1, child/1]).

init({Flags, Specs}) -> {ok, {Flags, Specs}}.

child(R) -> {ok, spawn_link(fun() -> receive stop -> exit(R); {stop, W} -> exit(W) end end)}.

sup(Flags, Specs) -> supervisor:start_link(?MODULE, {Flags, Specs}).

spec(Id, Restart, Sig) ->
    #{id => Id, start => {?MODULE, child, [normal]}, restart => Restart, significant => Sig}.

start() ->
    process_flag(trap_exit, true),
    Refused = [sup(#{auto_shutdown => bogus}, []),
               sup(#{auto_shutdown => any_significant}, [spec(a, permanent, true)]),
               sup(#{auto_shutdown => never}, [spec(a, transient, true)]),
               sup(#{}, [spec(a, transient, true)]),
               sup(#{auto_shutdown => any_significant}, [spec(a, transient, maybe)])],
    Checks = [supervisor:check_childspecs([spec(a, permanent, true)], any_significant),
              supervisor:check_childspecs([spec(a, transient, true)], never),
              supervisor:check_childspecs([spec(a, transient, true)]),
              supervisor:check_childspecs([spec(a, transient, true)], all_significant)],
    flush(),
    {Refused, Checks, any(), all(), abnormal(), dynamic(), start_child()}.

%% any_significant: a non-significant child ending changes nothing; a significant one
%% ending normally stops the supervisor with reason shutdown.
any() ->
    {ok, P} = sup(#{auto_shutdown => any_significant},
                  [spec(a, transient, true), spec(b, transient, false)]),
    [{b, B, _, _}, {a, A, _, _}] = supervisor:which_children(P),
    B ! stop,
    timer:sleep(20),
    Alive = is_process_alive(P),
    A ! stop,
    {Alive, down(P)}.

%% all_significant: only when the last significant child has ended.
all() ->
    {ok, P} = sup(#{strategy => one_for_one, auto_shutdown => all_significant},
                  [spec(a, transient, true), spec(b, temporary, true), spec(c, permanent, false)]),
    [{c, _, _, _}, {b, B, _, _}, {a, A, _, _}] = supervisor:which_children(P),
    A ! stop,
    timer:sleep(20),
    Alive = is_process_alive(P),
    Children = length(supervisor:which_children(P)),
    B ! stop,
    {Alive, Children, down(P)}.

%% A transient significant child that crashes is restarted, not a reason to stop.
abnormal() ->
    {ok, P} = sup(#{auto_shutdown => any_significant, intensity => 5},
                  [spec(a, transient, true)]),
    [{a, A, _, _}] = supervisor:which_children(P),
    A ! {stop, crash},
    timer:sleep(20),
    [{a, A2, _, _}] = supervisor:which_children(P),
    Restarted = is_pid(A2) andalso A2 =/= A,
    A2 ! stop,
    {Restarted, down(P)}.

%% simple_one_for_one with a significant template: all_significant waits for every child.
dynamic() ->
    {ok, P} = sup(#{strategy => simple_one_for_one, auto_shutdown => all_significant},
                  [#{id => t, start => {?MODULE, child, []}, restart => temporary,
                     significant => true}]),
    {ok, C1} = supervisor:start_child(P, [normal]),
    {ok, C2} = supervisor:start_child(P, [normal]),
    C1 ! stop,
    timer:sleep(20),
    Alive = is_process_alive(P),
    C2 ! stop,
    {Alive, down(P)}.

%% start_child checks the combination against the supervisor's flag.
start_child() ->
    {ok, P} = sup(#{}, []),
    R1 = supervisor:start_child(P, spec(x, transient, true)),
    R2 = supervisor:start_child(P, spec(y, transient, false)),
    unlink(P),
    exit(P, kill),
    {R1, element(1, R2)}.

down(P) ->
    receive {'EXIT', P, Why} -> Why after 1000 -> still_running end.

flush() ->
    receive {'EXIT', _, _} -> flush() after 0 -> ok end.
