%% AtomVM's network module on the host runner: a station is up at once (the host's
%% address), callbacks run, wait_for_sta/1 returns the address, access point mode is
%% not supported, stop/0, start twice.
%% expect: {ok,[connected,{got_ip,true}],{error,already_started},ok,{ok,true},ok,{error,unsupported},{error,unsupported},undefined,{error,no_config}}
-module(network_sim).
-export([start/0]).

start() ->
    Self = self(),
    R1 = network:start([{sta, [{ssid, "ssid"}, {psk, <<"psk">>},
                              {connected, fun() -> Self ! connected end},
                              {got_ip, fun(Info) -> Self ! {got_ip, Info} end}]}]),
    Events = [receive connected -> connected after 1000 -> timeout end,
              receive {got_ip, {Ip, Mask, Gw}} -> {got_ip, is_ip(Ip) andalso is_ip(Mask) andalso is_ip(Gw)}
              after 1000 -> timeout end],
    R2 = network:start([{sta, []}]),
    R3 = network:stop(),
    R4 = case network:wait_for_sta([{ssid, <<"x">>}], 1000) of
             {ok, {A, _, _}} -> {ok, is_ip(A)};
             Other -> Other
         end,
    R5 = network:stop(),
    R6 = network:start([{ap, [{ssid, <<"ap">>}]}]),
    R7 = network:sta_rssi(),
    R8 = whereis(network),
    R9 = network:start([]),
    {R1, Events, R2, R3, R4, R5, R6, R7, R8, R9}.

is_ip({A, B, C, D}) -> lists:all(fun(X) -> is_integer(X) andalso X >= 0 andalso X =< 255 end, [A, B, C, D]);
is_ip(_) -> false.
