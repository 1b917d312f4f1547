%% Functions of OTP 25's erlang module that are written in Erlang here, on top of the
%% BIFs of the VM (rust/core/src/bif/*.rs). Every BIF stays native for remote calls;
%% the VM loads this module when a call reaches an erlang function it has no BIF for.
%%
%% This VM is never a distributed node: is_alive/0 is false, nodes/0,1,2 return [],
%% get_cookie/0 returns nocookie, disconnect_node/1 returns ignored (as OTP does when
%% not alive), and the spawn functions taking a node spawn locally when the node is
%% node(); for any other node they raise badarg (OTP would try to connect).
-module(erlang).

-compile(no_auto_import).

-export([append/2, subtract/2,
         spawn_link/2, spawn_link/4, spawn_monitor/2, spawn_monitor/4,
         spawn_opt/3, spawn_opt/5,
         fun_info/1, send_nosuspend/2, send_nosuspend/3,
         is_alive/0, nodes/0, nodes/1, nodes/2, get_cookie/0, disconnect_node/1,
         module_loaded/1, loaded/0, pre_loaded/0,
         now/0, posixtime_to_universaltime/1, universaltime_to_posixtime/1,
         load_module/2, check_old_code/1, check_process_code/2, check_process_code/3]).

%% erlang:append/2 and erlang:subtract/2 are ++ and --.
append(A, B) -> A ++ B.

subtract(A, B) -> A -- B.

spawn_link(Node, Fun) -> local(Node, [Node, Fun]), erlang:spawn_link(Fun).

spawn_link(Node, M, F, A) -> local(Node, [Node, M, F, A]), erlang:spawn_link(M, F, A).

spawn_monitor(Node, Fun) -> local(Node, [Node, Fun]), erlang:spawn_monitor(Fun).

spawn_monitor(Node, M, F, A) ->
    local(Node, [Node, M, F, A]),
    erlang:spawn_monitor(M, F, A).

spawn_opt(Node, Fun, Opts) -> local(Node, [Node, Fun, Opts]), erlang:spawn_opt(Fun, Opts).

spawn_opt(Node, M, F, A, Opts) ->
    local(Node, [Node, M, F, A, Opts]),
    erlang:spawn_opt(M, F, A, Opts).

local(Node, Args) ->
    case erlang:node() of
        Node -> ok;
        _ -> erlang:error(badarg, Args)
    end.

%% fun_info(Fun): every item fun_info/2 gives, in OTP's order.
fun_info(Fun) when erlang:is_function(Fun) ->
    Keys = case erlang:fun_info(Fun, type) of
               {type, external} -> [module, name, arity, env, type];
               {type, local} -> [pid, module, new_index, new_uniq, index, uniq, name,
                                 arity, env, type]
           end,
    [erlang:fun_info(Fun, K) || K <- Keys];
fun_info(Fun) ->
    erlang:error(badarg, [Fun]).

send_nosuspend(Dest, Msg) -> send_nosuspend(Dest, Msg, []).

send_nosuspend(Dest, Msg, Opts) ->
    case erlang:send(Dest, Msg, [nosuspend | Opts]) of
        ok -> true;
        _ -> false
    end.

is_alive() -> false.

nodes() -> [].

nodes(Arg) when erlang:is_atom(Arg); erlang:is_list(Arg) -> [];
nodes(Arg) -> erlang:error(badarg, [Arg]).

nodes(Arg, Opts) when erlang:is_map(Opts) -> nodes(Arg);
nodes(Arg, Opts) -> erlang:error(badarg, [Arg, Opts]).

get_cookie() -> nocookie.

disconnect_node(Node) when erlang:is_atom(Node) -> ignored;
disconnect_node(Node) -> erlang:error(badarg, [Node]).

module_loaded(M) when erlang:is_atom(M) -> code:is_loaded(M) =/= false;
module_loaded(M) -> erlang:error(badarg, [M]).

loaded() -> [M || {M, _} <- code:all_loaded()].

%% No module is preloaded: the VM loads every module from packages.
pre_loaded() -> [].

%% now(): the deprecated wall-clock timestamp {MegaSecs, Secs, MicroSecs}.
now() -> erlang:timestamp().

%% load_module(Module, Binary): loads BEAM code (code:load_binary/3 without a file name).
load_module(Mod, Bin) when erlang:is_atom(Mod), erlang:is_binary(Bin) ->
    code:load_binary(Mod, [], Bin);
load_module(Mod, Bin) ->
    erlang:error(badarg, [Mod, Bin]).

%% The VM keeps no old code: a loaded module replaces the previous version at once.
check_old_code(Mod) when erlang:is_atom(Mod) -> false;
check_old_code(Mod) -> erlang:error(badarg, [Mod]).

check_process_code(Pid, Mod) -> check_process_code(Pid, Mod, []).

check_process_code(Pid, Mod, Opts)
  when erlang:is_pid(Pid), erlang:is_atom(Mod), erlang:is_list(Opts) ->
    false;
check_process_code(Pid, Mod, Opts) ->
    erlang:error(badarg, [Pid, Mod, Opts]).

-define(GREGORIAN_1970, 62167219200).

posixtime_to_universaltime(P) when erlang:is_integer(P) ->
    calendar:gregorian_seconds_to_datetime(P + ?GREGORIAN_1970);
posixtime_to_universaltime(P) ->
    erlang:error(badarg, [P]).

universaltime_to_posixtime(DT) ->
    try calendar:datetime_to_gregorian_seconds(DT) - ?GREGORIAN_1970
    catch error:_ -> erlang:error(badarg, [DT])
    end.
