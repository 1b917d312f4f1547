%% Hibernation in the behaviours: gen_statem (the hibernate action, {hibernate, true}) and
%% gen_event (handlers returning hibernate) wait in erlang:hibernate/3 and answer
%% correctly after waking; gen_server's hibernate return as a reference.
-module(otp_hibernate).
-behaviour(gen_statem).
-export([start/0]).
-export([init/1, callback_mode/0, idle/3, busy/3]).
-export([handle_event/2, handle_call/2, handle_info/2, terminate/2]).

%% init/1 serves both behaviours: the state machine (an integer) and the event handler.
init(N) when is_integer(N) -> {ok, idle, N, [hibernate]};
init([]) -> {ok, [], hibernate}.
callback_mode() -> state_functions.
idle({call, From}, get, N) -> {keep_state_and_data, [{reply, From, {idle, N}}, hibernate]};
idle({call, From}, work, N) -> {next_state, busy, N + 1, [{reply, From, ok}, {hibernate, true}]};
idle(cast, _, N) -> {keep_state, N + 10}.
busy({call, From}, get, N) -> {keep_state_and_data, [{reply, From, {busy, N}}]};
busy({call, From}, done, N) -> {next_state, idle, N, [{reply, From, ok}, {hibernate, false}]}.

%% gen_event handler callbacks (in this module too).
handle_event(E, Es) -> {ok, [E | Es], hibernate}.
handle_call(get, Es) -> {ok, lists:reverse(Es), Es, hibernate}.
handle_info(_, Es) -> {ok, Es}.
terminate(_, _) -> ok.

%% Whether P waits in erlang:hibernate/3 (not where else: that is each VM's internals).
where(P) ->
    timer:sleep(10),
    case process_info(P, current_function) of
        {current_function, {erlang, hibernate, 3}} -> hibernating;
        {current_function, _} -> awake
    end.

start() ->
    {ok, M} = gen_statem:start(?MODULE, 1, []),
    W0 = where(M),
    R1 = gen_statem:call(M, get),
    W1 = where(M),
    ok = gen_statem:call(M, work),
    W2 = where(M),
    R2 = gen_statem:call(M, get),
    W3 = where(M),
    ok = gen_statem:call(M, done),
    W4 = where(M),
    gen_statem:cast(M, more),
    R3 = gen_statem:call(M, get),
    ok = gen_statem:stop(M),
    {ok, E} = gen_event:start(),
    ok = gen_event:add_handler(E, ?MODULE, []),
    V0 = where(E),
    ok = gen_event:notify(E, one),
    V1 = where(E),
    ok = gen_event:sync_notify(E, two),
    R4 = gen_event:call(E, ?MODULE, get),
    V2 = where(E),
    ok = gen_event:stop(E),
    {[R1, R2, R3, R4], [W0, W1, W2, W3, W4], [V0, V1, V2]}.
