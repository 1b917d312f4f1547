%% gen_server: starting (named, anonymous, init results), calls, casts, infos, replies,
%% timeouts, continue, stop, crashes, sys and asynchronous requests.
-module(otp_gen_server).
-behaviour(gen_server).
-export([start/0, id/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2, terminate/2]).

id(X) -> X.

init({ok, S}) -> {ok, S};
init({continue, S}) -> {ok, S, {continue, boot}};
init({timeout, S}) -> {ok, S, 20};
init(stop) -> {stop, no_way};
init(ignore) -> ignore;
init(bad) -> bad_value;
init(crash) -> erlang:error(init_crash);
init(throw) -> throw({ok, thrown}).

handle_continue(boot, S) -> {noreply, [continued | S]};
handle_continue(again, S) -> {noreply, [again | S]}.

handle_call(get, _From, S) -> {reply, S, S};
handle_call({push, X}, _From, S) -> {reply, ok, [X | S]};
handle_call({later, X}, From, S) -> spawn(fun() -> gen_server:reply(From, {late, X}) end), {noreply, S};
handle_call(slow, _From, S) -> receive after 300 -> ok end, {reply, slow, S};
handle_call(thrown, _From, S) -> throw({reply, caught, S});
handle_call(continue, _From, S) -> {reply, ok, S, {continue, again}};
handle_call(stop, _From, S) -> {stop, normal, stopping, S};
handle_call(bad, _From, S) -> {weird, S};
handle_call(crash, _From, S) -> {reply, erlang:error({crashed, length(S)}), S}.

handle_cast({push, X}, S) -> {noreply, [X | S]};
handle_cast(stop, S) -> {stop, {shutdown, cast}, S}.

handle_info(timeout, S) -> {noreply, [timeout | S]};
handle_info({push, X}, S) -> {noreply, [X | S]};
handle_info(_, S) -> {noreply, S}.

terminate(Reason, _S) ->
    case whereis(otp_gs_watch) of
        undefined -> ok;
        W -> W ! {terminated, Reason}
    end.

strip({'EXIT', {{R, Stack}, Call}}) when is_list(Stack) -> {'EXIT', {R, Call}};
strip({'EXIT', {R, _}}) -> {'EXIT', R};
strip(X) -> X.

%% Pids, refs and stack traces differ between VMs: replace them.
clean(P) when is_pid(P) -> pid;
clean(R) when is_reference(R) -> ref;
clean({R, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L), (is_integer(A) orelse is_list(A)) ->
    {clean(R), stack};
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

start() ->
    process_flag(trap_exit, true),
    register(otp_gs_watch, self()),
    {ok, P} = gen_server:start_link({local, gs_a}, ?MODULE, {ok, []}, []),
    R1 = [gen_server:call(gs_a, {push, 1}), gen_server:cast(gs_a, {push, 2}), gs_a ! {push, 3},
          gen_server:call(gs_a, get), gen_server:call(P, {later, x}), gen_server:call(gs_a, thrown),
          gen_server:call(gs_a, continue), gen_server:call(gs_a, get),
          whereis(gs_a) =:= P,
          element(1, gen_server:start({local, gs_a}, ?MODULE, {ok, []}, []))],
    R2 = [strip(catch gen_server:call(gs_a, slow, 50)), gen_server:call(gs_a, get)],
    timer:sleep(300),
    _LateReply = flush(),
    R3 = [sys:get_state(gs_a), sys:replace_state(gs_a, fun(S) -> [replaced | S] end),
          sys:suspend(gs_a), gen_server:cast(gs_a, {push, suspended}),
          sys:get_state(gs_a), sys:resume(gs_a), gen_server:call(gs_a, get)],
    Req = gen_server:send_request(gs_a, get),
    R4 = [gen_server:wait_response(Req, 1000)],
    Req2 = gen_server:send_request(gs_a, {push, 9}),
    R5 = receive Msg -> gen_server:check_response(Msg, Req2) after 1000 -> none end,
    Req3 = gen_server:send_request(gs_a, get),
    R6 = gen_server:receive_response(Req3, 1000),
    R7 = [gen_server:call(gs_a, stop), receive {terminated, TR} -> TR after 1000 -> none end,
          receive {'EXIT', P, ER} -> ER after 1000 -> none end, whereis(gs_a)],
    Inits = [strip(catch gen_server:start(?MODULE, I, [])) || I <- [stop, ignore, bad, crash, throw]],
    StartLink = [strip(catch gen_server:start_link(?MODULE, I, [])) || I <- [stop, ignore]],
    Exits = flush(),
    {ok, P2} = gen_server:start_link(?MODULE, {continue, []}, []),
    C1 = gen_server:call(P2, get),
    {ok, P3} = gen_server:start_link(?MODULE, {timeout, []}, []),
    timer:sleep(100),
    C2 = gen_server:call(P3, get),
    Crash = strip(catch gen_server:call(P2, crash)),
    CrashExit = receive {'EXIT', P2, {{crashed, 1}, _}} -> crashed_exit after 1000 -> none end,
    Bad = strip(catch gen_server:call(P3, bad)),
    BadExit = receive {'EXIT', P3, BR} -> BR after 1000 -> none end,
    {ok, P4} = gen_server:start_link(?MODULE, {ok, []}, []),
    gen_server:cast(P4, stop),
    CastStop = receive {'EXIT', P4, CR} -> CR after 1000 -> none end,
    _ = flush(),
    {ok, P5} = gen_server:start(?MODULE, {ok, []}, []),
    Stop = [gen_server:stop(P5, {shutdown, bye}, 1000), receive {terminated, T5} -> T5 after 1000 -> none end],
    NoProc = [strip(catch gen_server:call(nobody, get)), strip(catch gen_server:stop(nobody)),
              gen_server:cast(nobody, x), gen_server:abcast(nobody, x)],
    {ok, P6} = gen_server:start({local, gs_m}, ?MODULE, {ok, [m]}, []),
    Multi = [gen_server:multi_call(gs_m, get), gen_server:multi_call(nobody, get)],
    gen_server:stop(P6),
    Flushed = [M || M <- flush(), element(1, M) =/= terminated],
    clean([R1, R2, R3, R4, R5, R6, R7, Inits, StartLink, [E || {'EXIT', _, E} <- Exits], C1, C2, Crash,
           CrashExit, Bad, BadExit, CastStop, Stop, NoProc, Multi, Flushed]).
