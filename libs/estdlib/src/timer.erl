%% timer: sleeping, timing and delayed or repeated actions.
%%
%% send_after uses the VM's timers directly. apply_after, exit_after and the interval
%% timers run in small helper processes (one per timer) instead of OTP's timer server;
%% an interval timer stops when the process that created it ends, as in OTP.
%% Timer references are opaque.
-module(timer).

-export([sleep/1, tc/1, tc/2, tc/3, apply_after/4, send_after/2, send_after/3,
         exit_after/2, exit_after/3, kill_after/1, kill_after/2, apply_interval/4,
         send_interval/2, send_interval/3, cancel/1, seconds/1, minutes/1, hours/1,
         hms/3, now_diff/2]).

-export_type([tref/0, time/0]).

-type time() :: non_neg_integer().
-opaque tref() :: {send_local, reference()} | {once, pid()} | {interval, pid()}.

sleep(T) when is_integer(T), T >= 0; T =:= infinity ->
    receive after T -> ok end.

tc(F) ->
    T0 = erlang:monotonic_time(microsecond),
    V = F(),
    {erlang:monotonic_time(microsecond) - T0, V}.

tc(F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

tc(M, F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(M, F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

send_after(T, Msg) ->
    send_after(T, self(), Msg).

send_after(T, Dest, Msg) when is_integer(T), T >= 0, (is_pid(Dest) orelse is_atom(Dest)) ->
    {ok, {send_local, erlang:send_after(T, Dest, Msg)}};
send_after(T, {Name, Node} = Dest, Msg) when is_integer(T), T >= 0, is_atom(Name), is_atom(Node) ->
    apply_after(T, erlang, send, [Dest, Msg]);
send_after(_, _, _) ->
    {error, badarg}.

apply_after(T, M, F, A) when is_integer(T), T >= 0, is_atom(M), is_atom(F), is_list(A) ->
    Pid = spawn(fun() ->
                        receive
                            cancel -> ok
                        after T ->
                            _ = spawn(M, F, A),
                            ok
                        end
                end),
    {ok, {once, Pid}};
apply_after(_, _, _, _) ->
    {error, badarg}.

exit_after(T, Reason) ->
    exit_after(T, self(), Reason).

exit_after(T, Pid, Reason) ->
    apply_after(T, erlang, exit, [Pid, Reason]).

kill_after(T) ->
    exit_after(T, self(), kill).

kill_after(T, Pid) ->
    exit_after(T, Pid, kill).

apply_interval(T, M, F, A) when is_integer(T), T >= 0, is_atom(M), is_atom(F), is_list(A) ->
    interval(T, fun() -> _ = spawn(M, F, A), ok end, []);
apply_interval(_, _, _, _) ->
    {error, badarg}.

send_interval(T, Msg) ->
    send_interval(T, self(), Msg).

send_interval(T, Dest, Msg) when is_integer(T), T >= 0 ->
    Watch = case Dest of P when is_pid(P) -> [P]; _ -> [] end,
    interval(T, fun() -> catch erlang:send(Dest, Msg), ok end, Watch);
send_interval(_, _, _) ->
    {error, badarg}.

%% A process that runs Action every T ms until cancelled or until the creator (or a
%% watched destination) ends.
interval(T, Action, Watch) ->
    Creator = self(),
    Pid = spawn(fun() ->
                        Refs = [erlang:monitor(process, P) || P <- [Creator | Watch]],
                        Start = erlang:monotonic_time(millisecond),
                        tick(T, Action, Start + T, Refs)
                end),
    {ok, {interval, Pid}}.

tick(T, Action, Next, Refs) ->
    Wait = max(0, Next - erlang:monotonic_time(millisecond)),
    receive
        cancel -> ok;
        {'DOWN', _, process, _, _} -> ok
    after Wait ->
        Action(),
        tick(T, Action, Next + T, Refs)
    end.

cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({Kind, Pid}) when (Kind =:= once orelse Kind =:= interval), is_pid(Pid) ->
    Pid ! cancel,
    {ok, cancel};
cancel(_) ->
    {error, badarg}.

seconds(S) -> 1000 * S.

minutes(M) -> 60000 * M.

hours(H) -> 3600000 * H.

hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

now_diff({A2, B2, C2}, {A1, B1, C1}) ->
    ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.
