%% gen_server: timeouts from init, calls, casts and infos (firing, cancelled by a message,
%% zero), hibernate, chains of {continue, ...}, enter_loop, stop/3 timing out, calls to
%% servers that die, call timeouts and multi_call on the local node.
-module(otp_gen_server_timeouts).
-behaviour(gen_server).
-export([start/0, id/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2, terminate/2]).

id(X) -> X.

report(X) -> otp_gst_test ! X, ok.

init(Actions) -> {ok, [], Actions}.

%% Requests carry the return value's extra element.
handle_call({ret, Extra}, _From, S) -> {reply, ok, S, Extra};
handle_call({noreply_then_reply, Extra}, From, S) -> {noreply, [From | S], Extra};
handle_call(get, _From, S) -> {reply, lists:reverse([X || X <- S, not is_tuple(X)]), S};
handle_call({sleep, T}, _From, S) -> timer:sleep(T), {reply, slept, S};
handle_call(die, _From, _S) -> exit(died).

handle_cast({ret, Extra}, S) -> {noreply, S, Extra};
handle_cast(X, S) -> {noreply, [X | S]}.

handle_info(timeout, S) -> report(timeout), {noreply, [timeout | S]};
handle_info({ret, Extra}, S) -> {noreply, S, Extra};
handle_info(X, S) -> {noreply, [X | S]}.

handle_continue(N, S) when is_integer(N), N > 0 ->
    report({continue, N}),
    {noreply, [{c, N} | S], {continue, N - 1}};
handle_continue(0, S) ->
    report({continue, 0}),
    [gen_server:reply(F, continued) || {P, _} = F <- S, is_pid(P)],
    {noreply, [X || X <- S, not is_tuple(X)]};
handle_continue(slow_stop, S) -> {noreply, S}.

terminate(Reason, _S) ->
    case get(slow_terminate) of
        true -> timer:sleep(300);
        _ -> ok
    end,
    report({terminate, Reason}).

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

clean(P) when is_pid(P) -> pid;
clean(R) when is_reference(R) -> ref;
clean({R, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L), (is_integer(A) orelse is_list(A)) ->
    {clean(R), stack};
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

start() ->
    register(otp_gst_test, self()),
    process_flag(trap_exit, true),
    %% A timeout from init fires once.
    {ok, P1} = gen_server:start_link(?MODULE, 30, []),
    timer:sleep(150),
    Init = [flush(), gen_server:call(P1, get)],
    %% Call, cast and info timeouts; a message in time cancels them.
    Fire = [gen_server:call(P1, {ret, 30}), timer:sleep(150), flush(),
            gen_server:cast(P1, {ret, 30}), timer:sleep(150), flush(),
            P1 ! {ret, 30}, timer:sleep(150), flush(),
            gen_server:call(P1, {ret, 100}), gen_server:cast(P1, early), timer:sleep(250), flush(),
            gen_server:call(P1, {ret, 0}), timer:sleep(50), flush(),
            gen_server:call(P1, get)],
    %% hibernate: the server goes on as before.
    Hib = [gen_server:call(P1, {ret, hibernate}), gen_server:cast(P1, {ret, hibernate}),
           P1 ! after_hibernate, gen_server:call(P1, get)],
    %% A chain of continues runs before the next message; the last one replies.
    Cont = [gen_server:call(P1, {noreply_then_reply, {continue, 3}}), flush(),
            gen_server:call(P1, get)],
    %% Stopping with a timeout while terminate/2 is slow.
    Stop = [gen_server:call(P1, {ret, {continue, slow_stop}}),
            sys:replace_state(P1, fun(S) -> put(slow_terminate, true), S end),
            clean(catch gen_server:stop(P1, normal, 50)), timer:sleep(400), flush()],
    %% Calls to a server that dies, and a call timing out.
    {ok, P2} = gen_server:start(?MODULE, infinity, []),
    Die = [clean(catch gen_server:call(P2, die)), flush(),
           clean(catch gen_server:call(P2, get)), is_process_alive(P2)],
    {ok, P3} = gen_server:start({local, otp_gst_m}, ?MODULE, infinity, []),
    Slow = [clean(catch gen_server:call(P3, {sleep, 200}, 20)), timer:sleep(300), flush(),
            gen_server:cast(otp_gst_m, m1),
            gen_server:multi_call(otp_gst_m, get), gen_server:multi_call([node()], otp_gst_m, get),
            gen_server:multi_call([node()], otp_gst_m, get, 1000),
            gen_server:abcast(otp_gst_m, m2), gen_server:abcast([node()], otp_gst_m, m3),
            gen_server:call(otp_gst_m, get), gen_server:stop(otp_gst_m), flush()],
    %% enter_loop from a proc_lib process.
    Self = self(),
    P4 = proc_lib:spawn_link(fun() -> Self ! entered, gen_server:enter_loop(?MODULE, [], [e], 30) end),
    receive entered -> ok end,
    timer:sleep(150),
    Enter = [flush(), gen_server:call(P4, get), gen_server:stop(P4), flush()],
    clean([Init, Fire, Hib, Cont, Stop, Die, Slow, Enter]).
