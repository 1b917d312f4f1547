%% OTP 24's forms: gen_tcp:connect/2,3 with a socket address map; connected UDP sockets
%% (gen_udp:connect/2,3, send/2; send/2 unconnected is einval).
-module(net_connect).
-export([start/0]).

start() ->
  {ok, A} = gen_udp:open(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
  {ok, B} = gen_udp:open(0, [binary, {active, false}]),
  {ok, PA} = inet:port(A),
  R0 = gen_udp:send(B, <<"x">>),
  R1 = gen_udp:connect(B, {127,0,0,1}, PA),
  R2 = gen_udp:send(B, <<"hi">>),
  {ok, {_, _, D}} = gen_udp:recv(A, 0, 1000),
  R3 = gen_udp:connect(B, #{family => inet, addr => {127,0,0,1}, port => PA}),
  R4 = gen_udp:send(B, [<<"again">>]),
  {ok, {_, _, D2}} = gen_udp:recv(A, 0, 1000),
  {ok, L} = gen_tcp:listen(0, [binary, {active, false}]),
  {ok, PL} = inet:port(L),
  {ok, C} = gen_tcp:connect(#{family => inet, addr => {127,0,0,1}, port => PL}, [binary, {active, false}]),
  {ok, S} = gen_tcp:accept(L, 1000),
  ok = gen_tcp:send(C, <<"tcp">>),
  R5 = gen_tcp:recv(S, 3, 1000),
  R6 = gen_tcp:connect(#{family => inet, addr => {127,0,0,1}, port => PL}, [], 1000),
  R8 = gen_tcp:connect(#{family => inet, addr => {127,0,0,1}, port => 1}, []),
  {R0, R1, R2, D, R3, R4, D2, R5, element(1, R6), R8}.
