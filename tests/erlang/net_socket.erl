%% OTP's socket module: blocking and nowait calls, the select protocol, options, UDP.
-module(net_socket).
-export([start/0]).

start() ->
    {ok, L} = socket:open(inet, stream, tcp),
    ok = socket:setopt(L, {socket, reuseaddr}, true),
    R0 = socket:getopt(L, {socket, reuseaddr}),
    ok = socket:bind(L, #{family => inet, addr => loopback, port => 0}),
    ok = socket:listen(L),
    {ok, #{family := inet, addr := LAddr, port := Port}} = socket:sockname(L),
    %% accept with nowait: a select, then the message, then the connection.
    {select, {select_info, accept, Ref} = SI} = socket:accept(L, nowait),
    {ok, C} = socket:open(inet, stream),
    ok = socket:connect(C, #{family => inet, addr => {127, 0, 0, 1}, port => Port}),
    R1 = receive {'$socket', L, select, Ref} -> selected after 2000 -> timeout end,
    {ok, A} = socket:accept(L, 1000),
    ok = socket:send(C, <<"0123456789">>),
    R2 = socket:recv(A, 4, 2000),
    R3 = socket:recv(A, 6, 2000),
    R4 = socket:recv(A, 0, 50),
    R5 = case socket:recv(A, 0, nowait) of
             {select, {select_info, recv, RRef}} ->
                 ok = socket:send(C, [<<"late">>]),
                 receive {'$socket', A, select, RRef} -> socket:recv(A, 0, 0) after 2000 -> timeout end;
             Other -> Other
         end,
    {ok, Peer} = socket:peername(A),
    R6 = maps:get(addr, Peer),
    R7 = {socket:getopt(C, {socket, type}), socket:getopt(C, {socket, protocol}),
          socket:getopt(C, {socket, domain})},
    ok = socket:setopt(C, {tcp, nodelay}, true),
    R8 = socket:getopt(C, {tcp, nodelay}),
    ok = socket:close(C),
    R9 = socket:recv(A, 0, 2000),
    R10 = socket:recv(A, 5, 2000),
    R11 = socket:close(C),
    R12 = socket:send(C, <<"x">>),
    ok = socket:close(A),
    ok = socket:close(L),
    R13 = is_map(socket:info(L)),
    R14 = socket:open(inet, stream, udp),
    {R0, LAddr, element(1, SI), R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14,
     udp()}.

udp() ->
    {ok, U1} = socket:open(inet, dgram, udp),
    {ok, U2} = socket:open(inet, dgram),
    ok = socket:bind(U1, #{family => inet, addr => {127, 0, 0, 1}, port => 0}),
    ok = socket:bind(U2, #{family => inet, addr => loopback, port => 0}),
    {ok, A1} = socket:sockname(U1),
    {ok, A2} = socket:sockname(U2),
    ok = socket:sendto(U2, <<"datagram">>, A1),
    {ok, {From, D}} = socket:recvfrom(U1, 0, 2000),
    R1 = socket:recvfrom(U1, 0, 50),
    ok = socket:sendto(U1, [<<"re">>, "ply"], From),
    {ok, {From2, D2}} = socket:recvfrom(U2, 0, 2000),
    socket:close(U1),
    socket:close(U2),
    {From =:= A2, D, R1, From2 =:= A1, D2}.
