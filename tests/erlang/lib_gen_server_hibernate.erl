-module(lib_gen_server_hibernate).
-behaviour(gen_server).
-export([start/0, id/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).

id(X) -> X.

init(N) -> {ok, N, hibernate}.

handle_call(get, _From, N) -> {reply, N, N, hibernate};
handle_call(crash, _From, _N) -> erlang:error(crashed).

handle_cast({add, K}, N) -> {noreply, N + K, hibernate}.

handle_info(_, N) -> {noreply, N}.

wait_hibernated(P, 0) -> process_info(P, current_function);
wait_hibernated(P, K) ->
    case process_info(P, current_function) of
        {current_function, {erlang, hibernate, 3}} = C -> C;
        _ -> receive after 10 -> wait_hibernated(P, K - 1) end
    end.

start() ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, 1, []),
    C1 = wait_hibernated(P, 100),
    V1 = gen_server:call(P, get),
    ok = gen_server:cast(P, {add, 41}),
    V2 = gen_server:call(P, get),
    C2 = wait_hibernated(P, 100),
    S = sys:get_state(P),
    C3 = wait_hibernated(P, 100),
    P ! hello,
    V3 = gen_server:call(P, get),
    Crash = try gen_server:call(P, crash) catch exit:{{R, _}, _} -> R end,
    Exit = receive {'EXIT', P, {Why, _}} -> Why after 2000 -> timeout end,
    [C1, V1, V2, C2, S, C3, V3, Crash, Exit].
