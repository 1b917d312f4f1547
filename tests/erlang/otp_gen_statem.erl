%% gen_statem: both callback modes, state enter calls, event/state/generic timeouts
%% (start, cancel, update, zero), postpone, next_event, repeat_state, call/cast/reply,
%% stop, bad returns, init results and sys. The server logs every callback it gets;
%% events carry instructions ({do, Tag, Fun}) that the callback runs in the server.
-module(otp_gen_statem).
-behaviour(gen_statem).
-export([start/0, id/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-export([a/3, b/3, c/3, d/3, e/3, f/3, g/3, h/3]).

id(X) -> X.

%% ---- the callback module ----

init({Mode, State, Data, Actions}) ->
    put(mode, Mode),
    put(log, []),
    {ok, State, Data, Actions};
init(Other) ->
    Other.

callback_mode() -> get(mode).

log(E) -> put(log, [E | get(log)]).

a(T, C, D) -> event(T, C, a, D).
b(T, C, D) -> event(T, C, b, D).
c(T, C, D) -> event(T, C, c, D).
d(T, C, D) -> event(T, C, d, D).
e(T, C, D) -> event(T, C, e, D).
f(T, C, D) -> event(T, C, f, D).
g(T, C, D) -> event(T, C, g, D).
h(T, C, D) -> event(T, C, h, D).

handle_event(T, C, S, D) -> event(T, C, S, D).

event(enter, Old, S, _D) ->
    log({S, enter, Old}),
    case get({enter, S}) of
        undefined -> keep_state_and_data;
        R -> R
    end;
event(T, {do, Tag, F}, S, D) ->
    log({S, type(T), Tag}),
    F(from(T), S, D);
event({call, From}, get_log, _S, _D) ->
    L = lists:reverse(get(log)),
    put(log, []),
    {keep_state_and_data, [{reply, From, L}]};
event({call, From}, get_data, _S, D) ->
    {keep_state_and_data, {reply, From, D}};
event(T, {goto, S1} = C, S, D) ->
    log({S, type(T), C}),
    {next_state, S1, D};
event(T, C, S, _D) ->
    log({S, type(T), C}),
    keep_state_and_data.

type({call, _}) -> call;
type(T) -> T.

from({call, From}) -> From;
from(_) -> none.

terminate(Reason, State, Data) ->
    case whereis(otp_gsm_watch) of
        undefined -> ok;
        W -> W ! {terminated, Reason, State, Data}
    end.

%% ---- helpers ----

clean(P) when is_pid(P) -> pid;
clean(R) when is_reference(R) -> ref;
clean(F) when is_function(F) -> 'fun';
clean({R, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L), (is_integer(A) orelse is_list(A)) ->
    {clean(R), stack};
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

do(P, Tag, F) -> gen_statem:call(P, {do, Tag, F}).
cast(P, Tag, F) -> gen_statem:cast(P, {do, Tag, F}).
getlog(P) -> gen_statem:call(P, get_log).

%% Reply ok and then the actions.
ok(Actions) -> fun(From, _, _) -> {keep_state_and_data, [{reply, From, ok} | Actions]} end.
goto(S, Actions) -> fun(From, _, D) -> {next_state, S, D, [{reply, From, ok} | Actions]} end.

%% ---- the scenarios ----

functions() ->
    {ok, P} = gen_statem:start_link(?MODULE, {[state_functions, state_enter], a, [], []}, []),
    L0 = getlog(P),
    %% A transition with a state timeout, which fires in the new state.
    ok = do(P, t1, goto(b, [{state_timeout, 40, st_b}])),
    timer:sleep(150),
    L1 = getlog(P),
    %% Postponing: retried when the state changes, not before.
    cast(P, p1, fun(_, b, _) -> {keep_state_and_data, postpone};
                   (_, _, _) -> keep_state_and_data end),
    gen_statem:cast(P, in_b),
    gen_statem:cast(P, {goto, c}),
    L2 = getlog(P),
    %% next_event: internal events handled before anything else, in order.
    ok = do(P, n1, ok([{next_event, internal, {goto, d}}, {next_event, cast, x},
                       {next_event, info, y}])),
    L3 = getlog(P),
    %% Event timeout: fires when nothing happens, cancelled by any event.
    ok = do(P, e1, ok([{timeout, 30, ev1}])),
    timer:sleep(150),
    ok = do(P, e2, ok([{timeout, 100, ev2}])),
    gen_statem:cast(P, ping),
    timer:sleep(200),
    L4 = getlog(P),
    %% Generic timeouts survive state changes; cancel and update.
    ok = do(P, g1, ok([{{timeout, g1}, 60, gm1}, {{timeout, g2}, 30, gm2}, {{timeout, g3}, 40, gm3}])),
    ok = do(P, g2, goto(e, [{{timeout, g3}, cancel}, {{timeout, g1}, update, gm1b}])),
    timer:sleep(200),
    L5 = getlog(P),
    %% A state timeout is cancelled by a state change; a zero timeout fires at once.
    ok = do(P, s1, ok([{state_timeout, 50, st_e}])),
    gen_statem:cast(P, {goto, f}),
    ok = do(P, z1, ok([{timeout, 0, zero}])),
    timer:sleep(150),
    L6 = getlog(P),
    %% repeat_state runs the enter call again; an enter call with a state timeout.
    ok = do(P, r1, fun(From, _, _) ->
                           put({enter, f}, {keep_state_and_data, [{state_timeout, 20, from_enter}]}),
                           {repeat_state_and_data, {reply, From, ok}}
                   end),
    timer:sleep(150),
    L7 = getlog(P),
    %% Data, a stored From replied to later, sys.
    ok = do(P, d1, fun(From, _, D) -> {keep_state, [x | D], [{reply, From, ok}]} end),
    Data = gen_statem:call(P, get_data),
    Later = do(P, l1, fun(From, _, D) -> {keep_state, D, [{next_event, internal, {do, l2, fun(_, _, _) -> gen_statem:reply(From, later), keep_state_and_data end}}]} end),
    Sys = [sys:get_state(P), sys:replace_state(P, fun({S, D}) -> {S, [y | D]} end),
           gen_statem:call(P, get_data)],
    L8 = getlog(P),
    %% Stopping with replies.
    Bye = do(P, stop, fun(From, _, D) -> {stop_and_reply, normal, [{reply, From, bye}], [z | D]} end),
    Term = receive {terminated, R1, S1, D1} -> {R1, S1, D1} after 1000 -> none end,
    Exit = receive {'EXIT', P, ER} -> ER after 1000 -> none end,
    [L0, L1, L2, L3, L4, L5, L6, L7, Data, Later, Sys, L8, Bye, Term, Exit].

events() ->
    {ok, P} = gen_statem:start_link({local, gsm_ev}, ?MODULE,
                                    {handle_event_function, {idle, 0}, [], [{next_event, internal, boot}]}, []),
    L0 = getlog(gsm_ev),
    ok = do(gsm_ev, c1, fun(From, {idle, N}, D) -> {next_state, {busy, N + 1}, D, [{reply, From, ok}, {state_timeout, 30, {goto, {idle, 1}}}]} end),
    cast(gsm_ev, q1, fun(_, {busy, _}, _) -> {keep_state_and_data, [postpone]};
                        (_, _, _) -> keep_state_and_data end),
    gsm_ev ! hello,
    timer:sleep(100),
    L1 = getlog(gsm_ev),
    ok = do(gsm_ev, c2, fun(From, {idle, _}, _) -> {next_state, {idle, 0}, [], [{reply, From, ok}, {next_event, internal, same}]} end),
    %% The same state: postponed events stay postponed.
    cast(gsm_ev, q2, fun(_, _, _) -> {keep_state_and_data, postpone} end),
    ok = do(gsm_ev, c3, ok([])),
    L2 = getlog(gsm_ev),
    %% A timeout event in the queue is handled in order; call timeouts.
    Timeout = clean(catch gen_statem:call(gsm_ev, {do, slow, fun(_, _, _) -> keep_state_and_data end}, 50)),
    timer:sleep(100),
    _ = flush(),
    Stop = gen_statem:stop(gsm_ev),
    Term = receive {terminated, R1, S1, D1} -> {R1, S1, D1} after 1000 -> none end,
    Exit = receive {'EXIT', P, ER} -> ER after 1000 -> none end,
    [L0, L1, L2, Timeout, Stop, Term, Exit, whereis(gsm_ev)].

errors() ->
    Inits = [clean(catch gen_statem:start(?MODULE, I, [])) || I <- [{stop, no}, ignore, bad]],
    Bad = fun(F, Mode) ->
                  {ok, P} = gen_statem:start(?MODULE, {Mode, a, [], []}, []),
                  Ref = erlang:monitor(process, P),
                  R = clean(catch gen_statem:call(P, {do, bad, F})),
                  Down = receive {'DOWN', Ref, process, P, Why} -> clean(Why) after 1000 -> none end,
                  _ = flush(),
                  [R, Down]
          end,
    [Inits,
     Bad(fun(_, _, _) -> bogus end, state_functions),
     Bad(fun(_, _, _) -> {keep_state_and_data, [bogus_action]} end, state_functions),
     Bad(fun(_, _, _) -> {next_state, nowhere, [], [{next_event, internal, x}]} end, state_functions),
     Bad(fun(_, _, _) -> erlang:error(oops) end, state_functions),
     Bad(fun(_, _, _) -> put({enter, b}, {next_state, c, []}), {next_state, b, []} end,
         [state_functions, state_enter]),
     Bad(fun(_, _, _) -> {stop, {shutdown, x}} end, handle_event_function),
     Bad(fun(_, _, _) -> throw({stop, thrown}) end, handle_event_function),
     clean(catch gen_statem:call(nobody, x))].

start() ->
    process_flag(trap_exit, true),
    register(otp_gsm_watch, self()),
    R1 = functions(),
    R2 = events(),
    R3 = errors(),
    clean([R1, R2, R3, [M || M <- flush(), element(1, M) =/= terminated]]).
