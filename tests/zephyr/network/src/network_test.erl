%% AtomVM's network module on Zephyr's default interface (the loopback here): the
%% station is up, connected and got_ip arrive, wait_for_sta/2 gives the address,
%% access point mode needs Wi-Fi.
-module(network_test).
-export([start/0]).

start() ->
    Self = self(),
    R1 = network:start([{sta, [{connected, fun() -> Self ! connected end},
                              {got_ip, fun(Info) -> Self ! {got_ip, Info} end}]}]),
    C = receive connected -> connected after 2000 -> timeout end,
    G = receive {got_ip, {Ip, _, _}} -> Ip after 2000 -> timeout end,
    ok = network:stop(),
    R2 = network:wait_for_sta([], 2000),
    ok = network:stop(),
    R3 = network:start([{ap, [{ssid, <<"x">>}]}]),
    R4 = network:sta_rssi(),
    {R1, C, G, element(1, R2), element(1, element(2, R2)), R3, R4}.
