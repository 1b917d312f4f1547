%% gen_tcp: OTP's TCP interface, over socket.erl. Each connected or listening socket
%% has a process (inet_sock) that applies the options (mode, active, packet ...) as
%% OTP's inet driver does; messages and errors are OTP's: {tcp, S, Data},
%% {tcp_closed, S}, {tcp_error, S, Reason}, {tcp_passive, S}, {error, closed | timeout |
%% econnrefused | eaddrinuse ...}.
-module(gen_tcp).

-export([connect/2, connect/3, connect/4, listen/2, accept/1, accept/2, send/2, recv/2, recv/3,
         close/1, shutdown/2, controlling_process/2]).

-define(S(P), {'$inet', inet_sock, P}).

%% connect(SockAddr, Options): OTP 24's form with a socket address map.
connect(#{family := Family, addr := Ip, port := Port}, Options) when is_list(Options) ->
    connect(Ip, Port, [Family | Options], infinity).

connect(#{family := Family, addr := Ip, port := Port}, Options, Timeout) when is_list(Options) ->
    connect(Ip, Port, [Family | Options], Timeout);
connect(Address, Port, Options) ->
    connect(Address, Port, Options, infinity).

connect(Address, Port, Options, Timeout)
  when is_integer(Port), Port >= 0, Port =< 65535, is_list(Options),
       (Timeout =:= infinity orelse (is_integer(Timeout) andalso Timeout >= 0)) ->
    {Family, SockOpts, AddrOpts} = inet_sock:parse_opts(Options, tcp, #{}),
    case inet:getaddr(Address, Family) of
        {ok, Ip} ->
            case socket:open(Family, stream, tcp) of
                {ok, Sock} ->
                    case connect_open(Sock, Family, Ip, Port, SockOpts, AddrOpts, Timeout) of
                        ok ->
                            {ok, inet_sock:open(Sock, tcp, SockOpts)};
                        Error ->
                            socket:close(Sock),
                            Error
                    end;
                Error ->
                    Error
            end;
        Error ->
            Error
    end;
connect(Address, Port, Options, Timeout) ->
    erlang:error(badarg, [Address, Port, Options, Timeout]).

connect_open(Sock, Family, Ip, Port, SockOpts, AddrOpts, Timeout) ->
    case inet_sock:apply_native(Sock, SockOpts) of
        ok ->
            case bind_local(Sock, Family, AddrOpts) of
                ok -> socket:connect(Sock, #{family => Family, addr => Ip, port => Port}, Timeout);
                Error -> Error
            end;
        Error ->
            Error
    end.

bind_local(Sock, Family, AddrOpts) when map_size(AddrOpts) > 0 ->
    socket:bind(Sock, #{family => Family, addr => maps:get(ip, AddrOpts, any),
                        port => maps:get(port, AddrOpts, 0)});
bind_local(_Sock, _Family, _AddrOpts) ->
    ok.


listen(Port, Options) when is_integer(Port), Port >= 0, Port =< 65535, is_list(Options) ->
    {Family, SockOpts, AddrOpts} = inet_sock:parse_opts(Options, tcp, #{}),
    case socket:open(Family, stream, tcp) of
        {ok, Sock} ->
            Result = case inet_sock:apply_native(Sock, SockOpts) of
                         ok ->
                             Addr = #{family => Family, addr => maps:get(ip, AddrOpts, any),
                                      port => Port},
                             case socket:bind(Sock, Addr) of
                                 ok -> socket:listen(Sock, maps:get(backlog, AddrOpts, 5));
                                 E -> E
                             end;
                         E ->
                             E
                     end,
            case Result of
                ok ->
                    {ok, inet_sock:open_listen(Sock, SockOpts)};
                Error ->
                    socket:close(Sock),
                    Error
            end;
        Error ->
            Error
    end;
listen(Port, Options) ->
    erlang:error(badarg, [Port, Options]).

accept(L) -> accept(L, infinity).

accept(?S(_) = L, Timeout) when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    inet_sock:accept(L, Timeout).

send(?S(_) = S, Packet) -> inet_sock:send(S, Packet).

recv(S, Length) -> recv(S, Length, infinity).

recv(?S(_) = S, Length, Timeout)
  when is_integer(Length), Length >= 0,
       (Timeout =:= infinity orelse (is_integer(Timeout) andalso Timeout >= 0)) ->
    inet_sock:recv(S, Length, Timeout).

close(?S(_) = S) -> inet_sock:close(S).

shutdown(?S(_) = S, How) when How =:= read; How =:= write; How =:= read_write ->
    inet_sock:shutdown(S, How).

controlling_process(?S(_) = S, Pid) when is_pid(Pid) -> inet_sock:controlling_process(S, Pid).
