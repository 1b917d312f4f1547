%% network: AtomVM's network module (the seeds' API): start the device's network link
%% as a Wi-Fi station ({sta, [...]}) and/or access point ({ap, [...]}), with callbacks
%% for its events, or wait for it synchronously.
%%
%%   ok = network:start([{sta, [{ssid, <<"myssid">>}, {psk, <<"mypsk">>},
%%                              {got_ip, fun({Ip, Mask, Gw}) -> ... end}]}]),
%%   {ok, {Ip, Mask, Gw}} = network:wait_for_sta([{ssid, "myssid"}, {psk, "mypsk"}], 15000)
%%
%% Station callbacks: connected/0, disconnected/0, got_ip/1 (with {Ip, Netmask,
%% Gateway}); access point callbacks: ap_started/0, sta_connected/1 and
%% sta_disconnected/1 (with the station's 6-byte MAC), sta_ip_assigned/1. Options:
%% ssid, psk, dhcp_hostname (sta); ssid, psk, ssid_hidden, max_connections (ap).
%% Missing ssid/psk come from NVS (namespace atomvm, keys sta_ssid, sta_psk, ap_ssid,
%% ap_psk), as the seeds describe. {sntp, [{endpoint, Host}]} is accepted; the time is
%% set where the platform can (not on the host runner).
%%
%% Callbacks run in the network's process (registered as network); their results are
%% ignored and their crashes are logged, not fatal. On Zephyr the link is the default
%% network interface: Wi-Fi where the board has it, else a wired interface, which is
%% "connected" once up. The host runner is always connected (it reports the host's
%% address); it has no access point mode.
-module(network).

-export([start/1, start_link/1, stop/0, wait_for_sta/0, wait_for_sta/1, wait_for_sta/2,
         wait_for_ap/0, wait_for_ap/1, wait_for_ap/2, sta_rssi/0]).

%% Internal.
-export([init/2]).

-define(SERVER, network).
-define(DEFAULT_TIMEOUT, 15000).

start(Config) -> start(Config, false).

start_link(Config) -> start(Config, true).

start(Config, Link) when is_list(Config) ->
    case whereis(?SERVER) of
        undefined ->
            Parent = self(),
            Pid = case Link of
                      true -> spawn_link(?MODULE, init, [Parent, Config]);
                      false -> spawn(?MODULE, init, [Parent, Config])
                  end,
            MRef = erlang:monitor(process, Pid),
            receive
                {Pid, started, Result} ->
                    erlang:demonitor(MRef, [flush]),
                    Result;
                {'DOWN', MRef, process, Pid, Reason} ->
                    {error, Reason}
            end;
        _Pid ->
            {error, already_started}
    end;
start(_Config, _Link) ->
    erlang:error(badarg).

stop() ->
    case whereis(?SERVER) of
        undefined ->
            ok;
        Pid ->
            MRef = erlang:monitor(process, Pid),
            Pid ! stop,
            receive {'DOWN', MRef, process, Pid, _} -> ok end
    end.

sta_rssi() -> network:'$rssi'().

wait_for_sta() -> wait_for_sta([], ?DEFAULT_TIMEOUT).

wait_for_sta(Timeout) when is_integer(Timeout) -> wait_for_sta([], Timeout);
wait_for_sta(StaConfig) -> wait_for_sta(StaConfig, ?DEFAULT_TIMEOUT).

wait_for_sta(StaConfig, Timeout) ->
    Self = self(),
    Ref = make_ref(),
    Config = [{sta, [{got_ip, fun(IpInfo) -> Self ! {Ref, got_ip, IpInfo} end},
                     {disconnected, fun() -> Self ! {Ref, disconnected} end}
                     | StaConfig]}],
    case start(Config) of
        ok ->
            receive
                {Ref, got_ip, IpInfo} -> {ok, IpInfo}
            after Timeout ->
                stop(),
                {error, timeout}
            end;
        Error ->
            Error
    end.

wait_for_ap() -> wait_for_ap([], ?DEFAULT_TIMEOUT).

wait_for_ap(Timeout) when is_integer(Timeout) -> wait_for_ap([], Timeout);
wait_for_ap(ApConfig) -> wait_for_ap(ApConfig, ?DEFAULT_TIMEOUT).

wait_for_ap(ApConfig, Timeout) ->
    Self = self(),
    Ref = make_ref(),
    Config = [{ap, [{ap_started, fun() -> Self ! {Ref, ap_started} end} | ApConfig]}],
    case start(Config) of
        ok ->
            receive
                {Ref, ap_started} -> ok
            after Timeout ->
                stop(),
                {error, timeout}
            end;
        Error ->
            Error
    end.

%% ---------------------------------------------------------------------------
%% The network process

init(Parent, Config) ->
    Result = try
                 register(?SERVER, self()),
                 Sta = proplists:get_value(sta, Config),
                 Ap = proplists:get_value(ap, Config),
                 case {Sta, Ap} of
                     {undefined, undefined} -> {error, no_config};
                     _ -> network:'$start'(sta_args(Sta), ap_args(Ap))
                 end
             catch
                 error:badarg -> {error, badarg}
             end,
    Parent ! {self(), started, Result},
    case Result of
        ok -> loop(Config);
        _ -> ok
    end.

loop(Config) ->
    receive
        {network_event, Event} ->
            handle_event(Event, Config),
            loop(Config);
        stop ->
            network:'$stop'(),
            ok;
        _ ->
            loop(Config)
    end.

handle_event(Event, Config) ->
    {Mode, Name, Args} = case Event of
                             connected -> {sta, connected, []};
                             disconnected -> {sta, disconnected, []};
                             {got_ip, Info} -> {sta, got_ip, [Info]};
                             ap_started -> {ap, ap_started, []};
                             {sta_connected, Mac} -> {ap, sta_connected, [Mac]};
                             {sta_disconnected, Mac} -> {ap, sta_disconnected, [Mac]};
                             {sta_ip_assigned, Ip} -> {ap, sta_ip_assigned, [Ip]}
                         end,
    case proplists:get_value(Name, proplists:get_value(Mode, Config, []), undefined) of
        Fun when is_function(Fun, length(Args)) ->
            try
                apply(Fun, Args)
            catch
                Class:Reason ->
                    io:format("network: ~p callback failed: ~p:~p~n", [Name, Class, Reason])
            end;
        _ ->
            ok
    end.

sta_args(undefined) ->
    undefined;
sta_args(Sta) ->
    {bin(proplists:get_value(ssid, Sta, nvs(sta_ssid))),
     bin(proplists:get_value(psk, Sta, nvs(sta_psk))),
     bin(proplists:get_value(dhcp_hostname, Sta, <<>>))}.

ap_args(undefined) ->
    undefined;
ap_args(Ap) ->
    {bin(proplists:get_value(ssid, Ap, nvs(ap_ssid))),
     bin(proplists:get_value(psk, Ap, nvs(ap_psk))),
     proplists:get_value(ssid_hidden, Ap, false) =:= true,
     proplists:get_value(max_connections, Ap, 4)}.

%% A credential kept in NVS (esp:nvs_set_binary(atomvm, Key, Value)), or empty.
nvs(Key) ->
    try esp:nvs_get_binary(atomvm, Key, <<>>) of
        V when is_binary(V) -> V;
        _ -> <<>>
    catch
        _:_ -> <<>>
    end.

bin(B) when is_binary(B) -> B;
bin(L) when is_list(L) -> unicode:characters_to_binary(L);
bin(A) when is_atom(A) -> atom_to_binary(A, utf8);
bin(_) -> erlang:error(badarg).
