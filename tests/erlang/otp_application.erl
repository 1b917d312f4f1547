%% application: loading .app-style specifications, environments and keys, starting with a
%% callback module and a supervision tree, dependencies, stopping (prep_stop, the tree,
%% stop/1) and unloading. Only this test's own applications are looked at (OTP has
%% kernel, stdlib and maybe others running).
-module(otp_application).
-behaviour(application).
-behaviour(supervisor).
-export([start/0, id/1]).
-export([start/2, prep_stop/1, stop/1, init/1, worker/0]).

id(X) -> X.

report(X) -> otp_app_test ! X, ok.

%% ---- application callbacks ----

start(normal, fail) -> report(start_fail), {error, nope};
start(normal, bad) -> report(start_bad), bogus;
start(normal, Args) ->
    report({start, Args, application:get_application()}),
    supervisor:start_link(?MODULE, top).

prep_stop(State) -> report({prep_stop, State}), prepped.

stop(State) -> report({stop, State}), ok.

init(top) ->
    {ok, {#{strategy => one_for_one},
          [#{id => w, start => {?MODULE, worker, []}, shutdown => 1000}]}}.

worker() ->
    Pid = spawn_link(fun() ->
                             process_flag(trap_exit, true),
                             report({worker, application:get_application(),
                                     application:get_env(k1), application:get_env(nokey),
                                     application:get_key(vsn)}),
                             receive {'EXIT', _, R} -> report({worker_exit, R}) end
                     end),
    {ok, Pid}.

%% ---- helpers ----

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

mine(L) -> [A || {A, _, _} <- L, A =:= otp_app_t1 orelse A =:= otp_app_t2 orelse A =:= otp_app_lib].

spec(Name, Mod, Deps) ->
    {application, Name,
     [{description, "a test application"}, {vsn, "1.2.3"}, {modules, [?MODULE]},
      {registered, []}, {applications, [kernel, stdlib | Deps]},
      {env, [{k1, v1}, {k2, 2}]} | Mod]}.

start() ->
    register(otp_app_test, self()),
    Spec = spec(otp_app_t1, [{mod, {?MODULE, [arg]}}], []),
    Load = [application:get_env(otp_app_t1, k1), application:load(Spec), application:load(Spec),
            application:get_env(otp_app_t1, k1), lists:sort(application:get_all_env(otp_app_t1)),
            application:get_env(otp_app_t1, k3, default), application:set_env(otp_app_t1, k3, v3),
            application:get_env(otp_app_t1, k3, default), application:unset_env(otp_app_t1, k2),
            application:get_env(otp_app_t1, k2),
            application:get_key(otp_app_t1, vsn), application:get_key(otp_app_t1, description),
            application:get_key(otp_app_t1, mod), application:get_key(otp_app_t1, applications),
            application:get_key(otp_app_t1, nokey), application:get_key(nosuch_app, vsn),
            application:get_application(?MODULE),
            mine(application:loaded_applications()), mine(application:which_applications())],
    Start = [application:start(otp_app_t1), flush(), application:start(otp_app_t1),
             application:ensure_started(otp_app_t1), mine(application:which_applications()),
             application:get_application()],
    Stop = [application:stop(otp_app_t1), flush(), application:stop(otp_app_t1),
            mine(application:which_applications()),
            application:get_env(otp_app_t1, k1), application:unload(otp_app_t1),
            application:get_env(otp_app_t1, k1), application:unload(otp_app_t1),
            mine(application:loaded_applications())],
    Deps = [application:load(spec(otp_app_t2, [{mod, {?MODULE, [two]}}], [otp_app_lib])),
            application:start(otp_app_t2),
            application:load(spec(otp_app_lib, [], [])),
            application:ensure_all_started(otp_app_t2), flush(),
            application:ensure_all_started(otp_app_t2),
            mine(application:which_applications()),
            application:stop(otp_app_t2), application:stop(otp_app_lib), flush(),
            application:unload(otp_app_t2), application:unload(otp_app_lib)],
    Fail = [application:load(spec(otp_app_t1, [{mod, {?MODULE, fail}}], [])),
            application:start(otp_app_t1), flush(), application:unload(otp_app_t1),
            application:start(otp_app_nosuch), application:load(otp_app_nosuch),
            application:load(notaspec), application:stop(otp_app_nosuch)],
    [Load, Start, Stop, Deps, Fail].
