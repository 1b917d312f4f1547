%% sys: the system message protocol of OTP processes. Callers use get_state,
%% replace_state, suspend, resume, get_status and terminate; a behaviour's receive loop
%% hands every {system, From, Msg} to handle_system_msg/6, which calls back the
%% behaviour's system_continue/3, system_terminate/4, system_get_state/1 and
%% system_replace_state/2.
-module(sys).

-export([get_state/1, get_state/2, replace_state/2, replace_state/3, suspend/1, suspend/2,
         resume/1, resume/2, get_status/1, get_status/2, terminate/2, terminate/3,
         handle_system_msg/6, handle_system_msg/7, debug_options/1, statistics/2,
         statistics/3, trace/2, trace/3, log/2, log/3, no_debug/1, no_debug/2,
         handle_debug/4]).

-export_type([dbg_opt/0]).

-type dbg_opt() :: term().

get_state(Name) -> send_system_msg(Name, get_state, 5000).
get_state(Name, Timeout) -> send_system_msg(Name, get_state, Timeout).

replace_state(Name, StateFun) -> send_system_msg(Name, {replace_state, StateFun}, 5000).
replace_state(Name, StateFun, Timeout) -> send_system_msg(Name, {replace_state, StateFun}, Timeout).

suspend(Name) -> send_system_msg(Name, suspend, 5000).
suspend(Name, Timeout) -> send_system_msg(Name, suspend, Timeout).

resume(Name) -> send_system_msg(Name, resume, 5000).
resume(Name, Timeout) -> send_system_msg(Name, resume, Timeout).

get_status(Name) -> send_system_msg(Name, get_status, 5000).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout).

terminate(Name, Reason) -> terminate(Name, Reason, infinity).
terminate(Name, Reason, Timeout) -> proc_lib:stop(Name, Reason, Timeout).

statistics(Name, Flag) -> statistics(Name, Flag, 5000).
statistics(Name, _Flag, Timeout) -> send_system_msg(Name, {debug, statistics}, Timeout).

trace(Name, Flag) -> trace(Name, Flag, 5000).
trace(Name, _Flag, Timeout) -> send_system_msg(Name, {debug, trace}, Timeout).

log(Name, Flag) -> log(Name, Flag, 5000).
log(Name, _Flag, Timeout) -> send_system_msg(Name, {debug, log}, Timeout).

no_debug(Name) -> no_debug(Name, 5000).
no_debug(Name, Timeout) -> send_system_msg(Name, {debug, no_debug}, Timeout).

%% Debugging (tracing, logging, statistics) is not implemented: options are accepted and
%% ignored.
debug_options(_Options) -> [].

handle_debug(Debug, _FormFunc, _Extra, _Event) -> Debug.

send_system_msg(Name, Request, Timeout) ->
    case catch gen:call(Name, system, Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, mfa(Name, Request, Timeout)})
    end.

mfa(Name, get_state, T) -> {sys, get_state, [Name, T]};
mfa(Name, {replace_state, F}, T) -> {sys, replace_state, [Name, F, T]};
mfa(Name, suspend, T) -> {sys, suspend, [Name, T]};
mfa(Name, resume, T) -> {sys, resume, [Name, T]};
mfa(Name, get_status, T) -> {sys, get_status, [Name, T]};
mfa(Name, Req, T) -> {sys, send_system_msg, [Name, Req, T]}.

%% Called by a behaviour's loop with a system message; never returns: it goes on with
%% Module:system_continue/3 or ends with Module:system_terminate/4.
handle_system_msg(Msg, From, Parent, Module, Debug, Misc) ->
    handle_system_msg(running, Msg, From, Parent, Module, Debug, Misc).

handle_system_msg(SysState, Msg, From, Parent, Module, Debug, Misc) ->
    case do_cmd(SysState, Msg, Parent, Module, Debug, Misc) of
        {suspended, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            suspend_loop(Parent, Module, NDebug, NMisc);
        {running, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            Module:system_continue(Parent, NDebug, NMisc);
        {{terminating, Reason}, NDebug, NMisc} ->
            Module:system_terminate(Reason, Parent, NDebug, NMisc)
    end.

suspend_loop(Parent, Module, Debug, Misc) ->
    receive
        {system, From, Msg} ->
            handle_system_msg(suspended, Msg, From, Parent, Module, Debug, Misc);
        {'EXIT', Parent, Reason} ->
            Module:system_terminate(Reason, Parent, Debug, Misc)
    end.

do_cmd(_, suspend, _, _, Debug, Misc) ->
    {suspended, ok, Debug, Misc};
do_cmd(_, resume, _, _, Debug, Misc) ->
    {running, ok, Debug, Misc};
do_cmd(SysState, get_state, _, Module, Debug, Misc) ->
    Reply = case erlang:function_exported(Module, system_get_state, 1) of
                true ->
                    try Module:system_get_state(Misc) of
                        {ok, State} -> State;
                        Other -> {error, {callback_failed, {Module, system_get_state}, Other}}
                    catch
                        Class:Reason -> {error, {callback_failed, {Module, system_get_state}, {Class, Reason}}}
                    end;
                false -> Misc
            end,
    {SysState, Reply, Debug, Misc};
do_cmd(SysState, {replace_state, StateFun}, _, Module, Debug, Misc) ->
    case erlang:function_exported(Module, system_replace_state, 2) of
        true ->
            try Module:system_replace_state(StateFun, Misc) of
                {ok, NState, NMisc} -> {SysState, NState, Debug, NMisc}
            catch
                Class:Reason ->
                    {SysState, {error, {callback_failed, {Module, system_replace_state}, {Class, Reason}}},
                     Debug, Misc}
            end;
        false ->
            NMisc = StateFun(Misc),
            {SysState, NMisc, Debug, NMisc}
    end;
do_cmd(SysState, get_status, Parent, Module, Debug, Misc) ->
    Status = case erlang:function_exported(Module, format_status, 2) of
                 true ->
                     catch Module:format_status(normal, [get(), SysState, Parent, Debug, Misc]);
                 false ->
                     Misc
             end,
    {SysState, {status, self(), {module, Module}, [get(), SysState, Parent, Debug, Status]},
     Debug, Misc};
do_cmd(_, {terminate, Reason}, _, _, Debug, Misc) ->
    {{terminating, Reason}, Debug, Misc};
do_cmd(SysState, {debug, _}, _, _, Debug, Misc) ->
    {SysState, ok, Debug, Misc};
do_cmd(SysState, {change_code, _, _, _}, _, _, Debug, Misc) ->
    {SysState, {error, not_supported}, Debug, Misc};
do_cmd(SysState, _Other, _, _, Debug, Misc) ->
    {SysState, {error, unknown_system_msg}, Debug, Misc}.
