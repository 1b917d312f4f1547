%% gen_udp: OTP's UDP interface, over socket.erl (see inet_sock for the process behind
%% each socket). Active sockets deliver {udp, S, Ip, Port, Data}; recv returns
%% {ok, {Ip, Port, Data}}.
-module(gen_udp).

-export([open/1, open/2, connect/2, connect/3, send/2, send/3, send/4, send/5, recv/2,
         recv/3, close/1, controlling_process/2]).

-define(S(P), {'$inet', inet_sock, P}).

open(Port) -> open(Port, []).

open(Port, Options) when is_integer(Port), Port >= 0, Port =< 65535, is_list(Options) ->
    {Family, SockOpts, AddrOpts} = inet_sock:parse_opts(Options, udp, #{}),
    case socket:open(Family, dgram, udp) of
        {ok, Sock} ->
            Addr = #{family => Family, addr => maps:get(ip, AddrOpts, any),
                     port => maps:get(port, AddrOpts, Port)},
            Result = case inet_sock:apply_native(Sock, SockOpts) of
                         ok -> socket:bind(Sock, Addr);
                         E -> E
                     end,
            case Result of
                ok ->
                    {ok, inet_sock:open(Sock, udp, SockOpts)};
                Error ->
                    socket:close(Sock),
                    Error
            end;
        Error ->
            Error
    end;
open(Port, Options) ->
    erlang:error(badarg, [Port, Options]).


%% A connected socket's peer is the only one it sends to and hears from.
connect(?S(_) = S, #{addr := Ip, port := Port}) -> connect(S, Ip, Port).

connect(?S(_) = S, Address, Port) when is_integer(Port), Port >= 0, Port =< 65535 ->
    case inet:getaddr(Address, family(Address)) of
        {ok, Ip} -> inet_sock:connect(S, Ip, Port);
        Error -> Error
    end.

%% To the connected peer.
send(?S(_) = S, Packet) -> inet_sock:send(S, Packet).

send(S, {Address, Port}, Packet) -> send(S, Address, Port, Packet).

send(?S(_) = S, Address, Port, Packet) when is_integer(Port), Port >= 0, Port =< 65535 ->
    case inet:getaddr(Address, family(Address)) of
        {ok, Ip} -> inet_sock:sendto(S, Ip, Port, Packet);
        Error -> Error
    end.

send(S, Address, Port, _AncData, Packet) -> send(S, Address, Port, Packet).

family(A) when is_tuple(A), tuple_size(A) =:= 8 -> inet6;
family(_) -> inet.

recv(S, Length) -> recv(S, Length, infinity).

recv(?S(_) = S, Length, Timeout)
  when is_integer(Length), Length >= 0,
       (Timeout =:= infinity orelse (is_integer(Timeout) andalso Timeout >= 0)) ->
    inet_sock:recv(S, Length, Timeout).

close(?S(_) = S) -> inet_sock:close(S).

controlling_process(?S(_) = S, Pid) when is_pid(Pid) -> inet_sock:controlling_process(S, Pid).
