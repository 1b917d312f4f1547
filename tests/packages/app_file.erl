%% An application whose specification is its myapp.app file inside a package (here the
%% directory pkg/, which the runner serves as a package): application:load/1 and start/1
%% read it; its environment, keys, supervisor and priv file are there. (The expected term
%% is printed as ~w: "hello" is [104,...].)
%% dir: pkg
%% expect: {ok,ok,{ok,[104,101,108,108,111]},{ok,[49,46,48,46,48]},true,true,<<99,111,110,102,105,103,32,100,97,116,97,10>>,ok,false,{error,{[110,111,32,115,117,99,104,32,102,105,108,101,32,111,114,32,100,105,114,101,99,116,111,114,121],[110,111,115,117,99,104,97,112,112,46,97,112,112]}}}
-module(app_file).
-behaviour(application).
-behaviour(supervisor).
-export([start/0, start/2, stop/1, init/1]).

start() ->
    L = application:load(myapp),
    S = application:start(myapp),
    G = application:get_env(myapp, greeting),
    V = application:get_key(myapp, vsn),
    Running = lists:keymember(myapp, 1, application:which_applications()),
    Sup = is_pid(whereis(myapp_sup)),
    Priv = atomvm:read_priv(myapp, "config.txt"),
    Stop = application:stop(myapp),
    After = is_pid(whereis(myapp_sup)),
    Missing = application:load(nosuchapp),
    {L, S, G, V, Running, Sup, Priv, Stop, After, Missing}.

%% application callbacks.
start(normal, [from_app_file]) ->
    supervisor:start_link({local, myapp_sup}, ?MODULE, []).

stop(_) -> ok.

%% supervisor callback.
init([]) -> {ok, {#{strategy => one_for_one}, []}}.
