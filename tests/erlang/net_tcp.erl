%% gen_tcp over the loopback interface: passive and active modes, packet framing,
%% options, closing, errors. Results avoid anything the TCP segmentation or the port
%% numbers could change.
-module(net_tcp).
-export([start/0]).

start() ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {reuseaddr, true}]),
    {ok, Port} = inet:port(L),
    LOpts = inet:getopts(L, [active, mode, packet, reuseaddr]),
    Self = self(),
    %% Server: echoes what it receives until the client closes.
    Server = spawn(fun() ->
                           {ok, A} = gen_tcp:accept(L),
                           Self ! {accepted, inet:getopts(A, [active, mode])},
                           echo(A)
                   end),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false}]),
    Acc = receive {accepted, O} -> O after 2000 -> no_accept end,
    {ok, {PeerIp, PeerPort}} = inet:peername(C),
    ok = gen_tcp:send(C, <<"hello">>),
    R1 = recv_exactly(C, 5),
    ok = gen_tcp:send(C, ["io", $l, [<<"ist">>]]),
    R2 = recv_exactly(C, 6),
    Big = binary:copy(<<"0123456789">>, 20000),
    %% Read while sending: the echo comes back before the send ends when socket buffers
    %% are small (a device's TCP window is a few KB).
    spawn(fun() -> Self ! {big, recv_exactly(C, byte_size(Big))} end),
    ok = gen_tcp:send(C, Big),
    R3 = receive {big, Back} -> Back =:= Big after 20000 -> timeout end,
    R4 = gen_tcp:recv(C, 0, 50),
    %% Active once, then active true.
    ok = inet:setopts(C, [{active, once}]),
    ok = gen_tcp:send(C, <<"x">>),
    R5 = receive {tcp, C, D5} -> D5 after 2000 -> timeout end,
    R6 = inet:getopts(C, [active]),
    ok = gen_tcp:close(C),
    R7 = gen_tcp:send(C, <<"after close">>),
    R8 = wait_down(Server),
    ok = gen_tcp:close(L),
    R9 = gen_tcp:connect({127, 0, 0, 1}, Port, [], 2000),
    {LOpts, Acc, PeerIp, PeerPort =:= Port, R1, R2, R3, R4, R5, R6, R7, R8, R9,
     packets(), lines(), active_n(), closed_active(), list_mode(), timeouts(),
     controlling(), errors()}.

echo(A) ->
    case gen_tcp:recv(A, 0) of
        {ok, D} -> ok = gen_tcp:send(A, D), echo(A);
        {error, closed} -> gen_tcp:close(A)
    end.

recv_exactly(S, N) ->
    case gen_tcp:recv(S, N, 5000) of
        {ok, D} -> D;
        E -> E
    end.

wait_down(Pid) ->
    Ref = erlang:monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, R} -> R after 2000 -> still_alive end.

pair(ServerOpts, ClientOpts) ->
    {ok, L} = gen_tcp:listen(0, ServerOpts),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect("localhost", Port, ClientOpts),
    {ok, A} = gen_tcp:accept(L, 2000),
    ok = gen_tcp:close(L),
    {A, C}.

%% {packet, 1 | 2 | 4}: each send is one message, however TCP splits it.
packets() ->
    [begin
         {A, C} = pair([binary, {packet, N}, {active, false}], [binary, {packet, N}, {active, true}]),
         ok = gen_tcp:send(A, <<"one">>),
         ok = gen_tcp:send(A, <<>>),
         ok = gen_tcp:send(A, binary:copy(<<"z">>, 200)),
         Got = [receive {tcp, C, D} -> D after 2000 -> timeout end || _ <- [1, 2, 3]],
         ok = gen_tcp:send(C, <<"back">>),
         Back = gen_tcp:recv(A, 0, 2000),
         gen_tcp:close(A),
         gen_tcp:close(C),
         {N, [byte_size(G) || G <- Got], hd(Got), Back}
     end || N <- [1, 2, 4]].

lines() ->
    {A, C} = pair([binary, {active, false}], [list, {packet, line}, {active, false}]),
    ok = gen_tcp:send(A, <<"first line\nsecond">>),
    R1 = gen_tcp:recv(C, 0, 2000),
    R2 = gen_tcp:recv(C, 0, 100),
    ok = gen_tcp:send(A, <<" part\nthird\n">>),
    R3 = gen_tcp:recv(C, 0, 2000),
    R4 = gen_tcp:recv(C, 0, 2000),
    gen_tcp:close(A),
    gen_tcp:close(C),
    [R1, R2, R3, R4].

active_n() ->
    {A, C} = pair([binary, {active, false}], [binary, {packet, 2}, {active, 2}]),
    Send = fun(X) -> ok = gen_tcp:send(A, <<(byte_size(X)):16, X/binary>>) end,
    Send(<<"a">>), Send(<<"b">>), Send(<<"c">>),
    M1 = [receive {tcp, C, D} -> D after 2000 -> timeout end || _ <- [1, 2]],
    M2 = receive {tcp_passive, C} -> passive after 2000 -> timeout end,
    M3 = receive {tcp, C, D3} -> D3 after 100 -> none end,
    ok = inet:setopts(C, [{active, 1}]),
    M4 = receive {tcp, C, D4} -> D4 after 2000 -> timeout end,
    M5 = receive {tcp_passive, C} -> passive after 2000 -> timeout end,
    gen_tcp:close(A),
    gen_tcp:close(C),
    [M1, M2, M3, M4, M5].

closed_active() ->
    {A, C} = pair([binary, {active, false}], [binary, {active, true}]),
    ok = gen_tcp:send(A, <<"bye">>),
    ok = gen_tcp:close(A),
    Data = collect(C, <<>>),
    R = gen_tcp:recv(C, 0, 100),
    gen_tcp:close(C),
    {Data, R}.

collect(C, Acc) ->
    receive
        {tcp, C, D} -> collect(C, <<Acc/binary, D/binary>>);
        {tcp_closed, C} -> {Acc, closed}
    after 2000 -> {Acc, timeout}
    end.

list_mode() ->
    {A, C} = pair([{active, false}], [{active, false}]),
    ok = gen_tcp:send(C, "abc"),
    R1 = gen_tcp:recv(A, 3, 2000),
    ok = inet:setopts(A, [binary]),
    ok = gen_tcp:send(C, "def"),
    R2 = gen_tcp:recv(A, 3, 2000),
    Opts = inet:getopts(A, [mode, packet, active]),
    gen_tcp:close(A),
    gen_tcp:close(C),
    [R1, R2, Opts].

timeouts() ->
    {ok, L} = gen_tcp:listen(0, [{active, false}]),
    R1 = gen_tcp:accept(L, 50),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [{active, false}]),
    {ok, A} = gen_tcp:accept(L, 1000),
    R2 = gen_tcp:recv(C, 0, 50),
    R3 = gen_tcp:recv(C, 4, 0),
    %% An acceptor waiting while its listening socket is closed gets {error, closed}.
    Self = self(),
    spawn(fun() -> Self ! {acc, gen_tcp:accept(L)} end),
    receive after 50 -> ok end,
    ok = gen_tcp:close(L),
    R4 = receive {acc, X} -> X after 2000 -> timeout end,
    gen_tcp:close(A),
    gen_tcp:close(C),
    [R1, R2, R3, R4].

%% The socket follows its controlling process: given away, then closed when it ends.
controlling() ->
    {A, C} = pair([binary, {active, false}], [binary, {active, true}]),
    Self = self(),
    Other = spawn(fun() ->
                          receive go -> ok end,
                          R = receive {tcp, C, D} -> D after 2000 -> timeout end,
                          Self ! {other, R}
                  end),
    R0 = gen_tcp:controlling_process(C, Other),
    Other ! go,
    ok = gen_tcp:send(A, <<"to other">>),
    R1 = receive {other, X} -> X after 3000 -> timeout end,
    wait_down(Other),
    %% Other ended: C is closed, the peer sees the end of the stream.
    R2 = gen_tcp:recv(A, 0, 2000),
    R3 = spawn_not_owner(A),
    gen_tcp:close(A),
    [R0, R1, R2, R3].

spawn_not_owner(S) ->
    Self = self(),
    spawn(fun() -> Self ! {np, gen_tcp:controlling_process(S, self())} end),
    receive {np, R} -> R after 2000 -> timeout end.

errors() ->
    E1 = (catch gen_tcp:listen(0, [bogus_option])),
    E2 = (catch gen_tcp:connect({127, 0, 0, 1}, 1, [{active, maybe}])),
    E3 = (catch gen_tcp:send(not_a_socket, <<"x">>)),
    {ok, L} = gen_tcp:listen(0, []),
    {ok, Port} = inet:port(L),
    E4 = gen_tcp:listen(Port, []),
    E5 = inet:setopts(L, [{bogus, 1}]),
    ok = gen_tcp:close(L),
    E6 = gen_tcp:close(L),
    E7 = inet:port(L),
    E8 = inet:getaddr("no-such-host.invalid", inet),
    E9 = gen_tcp:connect("no-such-host.invalid", 80, []),
    [E1, E2, element(1, E3), E4, E5, E6, E7, E8, E9].
