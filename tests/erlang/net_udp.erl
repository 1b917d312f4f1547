%% gen_udp over the loopback interface: passive and active sockets, list and binary
%% modes, {active, N}, timeouts, errors.
-module(net_udp).
-export([start/0]).

start() ->
    {ok, A} = gen_udp:open(0, [binary, {active, false}, {ip, {127, 0, 0, 1}}]),
    {ok, B} = gen_udp:open(0, [{active, false}]),
    {ok, PA} = inet:port(A),
    {ok, PB} = inet:port(B),
    ok = gen_udp:send(B, {127, 0, 0, 1}, PA, <<"ping">>),
    {ok, {FromIp, FromPort, D1}} = gen_udp:recv(A, 0, 2000),
    ok = gen_udp:send(A, FromIp, FromPort, ["po", $n, <<"g">>]),
    {ok, {_, FromPort2, D2}} = gen_udp:recv(B, 0, 2000),
    R1 = gen_udp:recv(A, 0, 50),
    %% Active sockets.
    ok = inet:setopts(A, [{active, true}]),
    ok = gen_udp:send(B, "localhost", PA, <<"one">>),
    R2 = receive {udp, A, Ip2, Port2, Data2} -> {Ip2, Port2 =:= PB, Data2} after 2000 -> timeout end,
    ok = inet:setopts(A, [{active, 2}]),
    [ok = gen_udp:send(B, {127, 0, 0, 1}, PA, [N]) || N <- "xyz"],
    R3 = [receive {udp, A, _, _, D} -> D after 2000 -> timeout end || _ <- [1, 2]],
    R4 = receive {udp_passive, A} -> passive after 2000 -> timeout end,
    {ok, {_, P5, D5}} = gen_udp:recv(A, 0, 2000),
    R5 = {P5 =:= PB, D5},
    %% Datagrams keep their boundaries.
    ok = gen_udp:send(A, {127, 0, 0, 1}, PB, <<"a">>),
    ok = gen_udp:send(A, {127, 0, 0, 1}, PB, <<"bc">>),
    ok = gen_udp:send(A, {{127, 0, 0, 1}, PB}, <<>>),
    R6 = [element(3, element(2, gen_udp:recv(B, 0, 2000))) || _ <- [1, 2, 3]],
    Opts = inet:getopts(B, [mode, active]),
    E1 = gen_udp:open(PA, []),
    E2 = (catch gen_udp:open(0, [foo])),
    ok = gen_udp:close(A),
    E3 = gen_udp:send(A, {127, 0, 0, 1}, PB, <<"x">>),
    E4 = gen_udp:close(A),
    ok = gen_udp:close(B),
    {FromIp, FromPort =:= PB, D1, FromPort2 =:= PA, D2, R1, R2, R3, R4, R5, R6, Opts,
     E1, E2, E3, E4}.
