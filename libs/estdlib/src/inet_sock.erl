%% inet_sock: the process behind each gen_tcp and gen_udp socket (OTP's ports do this
%% job in the emulator). It owns the OTP-style socket (socket.erl), keeps the options
%% (mode, active, packet ...), frames incoming bytes into packets and delivers them:
%% as {tcp, S, Data} / {udp, S, Ip, Port, Data} messages to the controlling process in
%% active mode, or as replies to gen_tcp:recv / gen_udp:recv in passive mode. It ends
%% when the socket is closed or its controlling process ends.
%%
%% The socket a program sees is {'$inet', inet_sock, {Pid, Socket}}. Listening sockets
%% have a process too (it keeps the options accepted sockets inherit); accept itself runs
%% in the calling process, so that several processes can wait in accept at once.
-module(inet_sock).

-export([open/3, open_listen/2, accept/2, call/2, parse_opts/3, getopts/2, setopts/2, controlling_process/2,
         close/1, connect/3, apply_native/2, peername/1, sockname/1, send/2, sendto/4, recv/3, shutdown/2, is_socket/1]).

%% Internal: the socket process.
-export([init/4]).

-record(st, {
    self,             % the socket term programs see
    sock,             % socket:socket() or closed
    proto,            % tcp | udp
    listen = false,
    owner,
    owner_mon,
    opts,             % map: mode, active, packet, packet_size, exit_on_close, ...
    buf = <<>>,       % bytes received, not yet delivered (tcp)
    reader,           % select reference while a read is armed
    writer,           % select reference while a send waits for room
    sends = [],       % [{From, Tag, Binary}]: sends in order, the first one in progress
    recv,             % {From, Tag, Length, TimerRef} of a waiting recv
    eof = false       % the peer closed (or an error ended the stream)
}).

-define(DEFAULTS, #{mode => list, active => true, packet => raw, packet_size => 0,
                    exit_on_close => true, header => 0}).

is_socket({'$inet', inet_sock, {Pid, _}}) when is_pid(Pid) -> true;
is_socket(_) -> false.

%% ---------------------------------------------------------------------------
%% Options

%% Splits the option list of gen_tcp/gen_udp calls into {Family, SocketOpts, AddrOpts}:
%% SocketOpts for the process (mode, active, packet, ... and the setsockopt ones),
%% AddrOpts the local address ({ip, Ip}, {port, Port}, {backlog, N}). Unknown options
%% make the caller exit with badarg, as OTP's do.
parse_opts(Opts, Proto, Defaults) when is_list(Opts) ->
    lists:foldl(fun(O, Acc) -> parse_opt(O, Proto, Acc) end, {inet, Defaults, #{}}, Opts);
parse_opts(_, _, _) ->
    exit(badarg).

parse_opt(inet, _, {_, S, A}) -> {inet, S, A};
parse_opt(inet6, _, {_, S, A}) -> {inet6, S, A};
parse_opt({ip, Ip}, _, {F, S, A}) when is_tuple(Ip) -> {F, S, A#{ip => Ip}};
parse_opt({ifaddr, Ip}, _, {F, S, A}) when is_tuple(Ip) -> {F, S, A#{ip => Ip}};
parse_opt({port, P}, _, {F, S, A}) when is_integer(P), P >= 0, P =< 65535 -> {F, S, A#{port => P}};
parse_opt({backlog, N}, tcp, {F, S, A}) when is_integer(N), N >= 0 -> {F, S, A#{backlog => N}};
parse_opt(O, _, {F, S, A}) ->
    case sock_opt(O) of
        {ok, K, V} -> {F, S#{K => V}, A};
        error -> exit(badarg)
    end.

sock_opt(list) -> {ok, mode, list};
sock_opt(binary) -> {ok, mode, binary};
sock_opt({mode, M}) when M =:= list; M =:= binary -> {ok, mode, M};
sock_opt({active, A}) when is_boolean(A); A =:= once -> {ok, active, A};
sock_opt({active, N}) when is_integer(N), N >= -32768, N =< 32767 -> {ok, active, N};
sock_opt({packet, P}) when P =:= raw; P =:= 0 -> {ok, packet, raw};
sock_opt({packet, P}) when P =:= 1; P =:= 2; P =:= 4; P =:= line -> {ok, packet, P};
sock_opt({packet_size, N}) when is_integer(N), N >= 0 -> {ok, packet_size, N};
sock_opt({header, N}) when is_integer(N), N >= 0 -> {ok, header, N};
sock_opt({exit_on_close, B}) when is_boolean(B) -> {ok, exit_on_close, B};
sock_opt({reuseaddr, B}) when is_boolean(B) -> {ok, reuseaddr, B};
sock_opt({keepalive, B}) when is_boolean(B) -> {ok, keepalive, B};
sock_opt({nodelay, B}) when is_boolean(B) -> {ok, nodelay, B};
sock_opt({broadcast, B}) when is_boolean(B) -> {ok, broadcast, B};
sock_opt({recbuf, N}) when is_integer(N), N > 0 -> {ok, recbuf, N};
sock_opt({sndbuf, N}) when is_integer(N), N > 0 -> {ok, sndbuf, N};
sock_opt({buffer, N}) when is_integer(N), N > 0 -> {ok, buffer, N};
sock_opt({linger, {B, T}}) when is_boolean(B), is_integer(T), T >= 0 -> {ok, linger, {B, T}};
sock_opt({send_timeout, T}) when T =:= infinity; is_integer(T), T >= 0 -> {ok, send_timeout, T};
sock_opt({send_timeout_close, B}) when is_boolean(B) -> {ok, send_timeout_close, B};
sock_opt({delay_send, B}) when is_boolean(B) -> {ok, delay_send, B};
sock_opt({show_econnreset, B}) when is_boolean(B) -> {ok, show_econnreset, B};
sock_opt({deliver, D}) when D =:= port; D =:= term -> {ok, deliver, D};
sock_opt({high_watermark, N}) when is_integer(N), N >= 0 -> {ok, high_watermark, N};
sock_opt({low_watermark, N}) when is_integer(N), N >= 0 -> {ok, low_watermark, N};
sock_opt({tos, N}) when is_integer(N) -> {ok, tos, N};
sock_opt({priority, N}) when is_integer(N) -> {ok, priority, N};
sock_opt({reuseport, B}) when is_boolean(B) -> {ok, reuseport, B};
sock_opt({ipv6_v6only, B}) when is_boolean(B) -> {ok, ipv6_v6only, B};
sock_opt(_) -> error.

%% The options that are socket options of the system, as socket:setopt/3 names them.
native_opt(reuseaddr, B) -> {{socket, reuseaddr}, B};
native_opt(keepalive, B) -> {{socket, keepalive}, B};
native_opt(broadcast, B) -> {{socket, broadcast}, B};
native_opt(recbuf, N) -> {{socket, rcvbuf}, N};
native_opt(sndbuf, N) -> {{socket, sndbuf}, N};
native_opt(linger, {B, T}) -> {{socket, linger}, #{onoff => B, linger => T}};
native_opt(nodelay, B) -> {{tcp, nodelay}, B};
native_opt(ipv6_v6only, B) -> {{ipv6, v6only}, B};
native_opt(_, _) -> none.

apply_native(Sock, Opts) ->
    maps:fold(fun(K, V, ok) ->
                      case native_opt(K, V) of
                          none -> ok;
                          {Opt, Val} -> socket:setopt(Sock, Opt, Val)
                      end;
                 (_, _, Err) -> Err
              end, ok, Opts).

%% ---------------------------------------------------------------------------
%% Client side

%% Starts the process for an open socket, owned by the caller; returns the socket term.
open(Sock, Proto, Opts) ->
    open(Sock, Proto, Opts, false).

open_listen(Sock, Opts) ->
    open(Sock, tcp, Opts, true).

open(Sock, Proto, Opts, Listen) ->
    Owner = self(),
    Pid = spawn(?MODULE, init, [Owner, Sock, Proto, {Opts, Listen}]),
    ok = socket:setopt(Sock, {otp, controlling_process}, Pid),
    Pid ! {go, self()},
    {'$inet', inet_sock, {Pid, Sock}}.

%% gen_tcp:accept/2 in the caller: the new socket inherits the listening one's options.
accept({'$inet', inet_sock, {_, LSock}} = L, Timeout) ->
    case call(L, get_opts) of
        {ok, Opts} ->
            case socket:accept(LSock, Timeout) of
                {ok, Sock} ->
                    {ok, open(Sock, tcp, maps:without([backlog], Opts))};
                {error, _} = E ->
                    E
            end;
        {error, _} = E ->
            E
    end.

call({'$inet', inet_sock, {Pid, _}}, Req) ->
    MRef = erlang:monitor(process, Pid),
    Pid ! {inet_call, self(), MRef, Req},
    receive
        {MRef, Reply} ->
            erlang:demonitor(MRef, [flush]),
            Reply;
        {'DOWN', MRef, _, _, _} ->
            {error, closed}
    end.

getopts(S, Names) when is_list(Names) -> call(S, {getopts, Names}).

setopts(S, Opts) when is_list(Opts) ->
    try parse_opts(Opts, any, #{}) of
        {_, SockOpts, AddrOpts} when map_size(AddrOpts) =:= 0 -> call(S, {setopts, SockOpts});
        _ -> {error, einval}
    catch
        exit:badarg -> {error, einval}
    end.

controlling_process(S, Pid) when is_pid(Pid) -> call(S, {controlling_process, self(), Pid}).

close(S) ->
    case call(S, close) of
        {error, closed} -> ok;
        R -> R
    end.

peername(S) -> name_call(S, peername).

sockname(S) -> name_call(S, sockname).

name_call(S, What) ->
    case call(S, What) of
        {ok, #{addr := Ip, port := Port}} -> {ok, {Ip, Port}};
        {error, closed} -> {error, einval};
        E -> E
    end.

send(S, Data) -> call(S, {send, Data}).

connect(S, Ip, Port) -> call(S, {connect, Ip, Port}).

sendto(S, Ip, Port, Data) -> call(S, {sendto, Ip, Port, Data}).

recv(S, Length, Timeout) -> call(S, {recv, Length, Timeout}).

shutdown(S, How) -> call(S, {shutdown, How}).

%% ---------------------------------------------------------------------------
%% The socket process

init(Owner, Sock, Proto, {Opts, Listen}) ->
    receive {go, Owner} -> ok end,
    Self = {'$inet', inet_sock, {self(), Sock}},
    St = #st{self = Self, sock = Sock, proto = Proto, listen = Listen, owner = Owner,
             owner_mon = erlang:monitor(process, Owner), opts = maps:merge(?DEFAULTS, Opts)},
    loop(St).

loop(St0) ->
    St = arm(deliver(St0)),
    Reader = St#st.reader,
    Writer = St#st.writer,
    receive
        {'$socket', _, select, Reader} when Reader =/= undefined ->
            loop(St#st{reader = undefined});
        {'$socket', _, select, Writer} when Writer =/= undefined ->
            loop(pump(St#st{writer = undefined}));
        {inet_call, From, Tag, Req} ->
            case handle(Req, From, Tag, St) of
                {reply, Reply, St2} ->
                    From ! {Tag, Reply},
                    loop(St2);
                {noreply, St2} ->
                    loop(St2);
                {stop, Reply} ->
                    From ! {Tag, Reply}
            end;
        {timeout, TRef, recv} ->
            case St#st.recv of
                {From, Tag, _, TRef} ->
                    From ! {Tag, {error, timeout}},
                    loop(St#st{recv = undefined});
                _ ->
                    loop(St)
            end;
        {'DOWN', Mon, process, _, _} when Mon =:= St#st.owner_mon ->
            close_sock(St)
    end.

%% Reads when something wants data: active mode, or a waiting recv.
arm(#st{sock = closed} = St) -> St;
arm(#st{listen = true} = St) -> St;
arm(#st{eof = true} = St) -> St;
arm(#st{reader = R} = St) when R =/= undefined -> St;
arm(#st{opts = #{active := false}, recv = undefined} = St) -> St;
arm(#st{proto = tcp, sock = Sock} = St) ->
    case socket:recv(Sock, 0, nowait) of
        {ok, Data} ->
            arm(deliver(St#st{buf = <<(St#st.buf)/binary, Data/binary>>}));
        {select, {select_info, _, Ref}} ->
            St#st{reader = Ref};
        {error, Reason} ->
            deliver(St#st{eof = Reason})
    end;
arm(#st{proto = udp, sock = Sock} = St) ->
    case socket:recvfrom(Sock, 0, nowait) of
        {ok, {#{addr := Ip, port := Port}, Data}} ->
            arm(deliver_datagram(Ip, Port, Data, St));
        {select, {select_info, _, Ref}} ->
            St#st{reader = Ref};
        {error, _} ->
            St
    end.

%% Hands out what the buffer holds: packets to an active owner, or to a waiting recv.
deliver(#st{proto = udp} = St) ->
    St;
deliver(#st{recv = {From, Tag, Length, TRef}} = St) ->
    case take_packet(St#st.buf, Length, St#st.opts) of
        {ok, Packet, Rest} ->
            cancel_timer(TRef),
            From ! {Tag, {ok, data(Packet, St#st.opts)}},
            deliver(St#st{buf = Rest, recv = undefined});
        more when St#st.eof =/= false ->
            cancel_timer(TRef),
            From ! {Tag, {error, eof_reason(St#st.eof)}},
            St#st{recv = undefined};
        more ->
            St
    end;
deliver(#st{opts = #{active := false}} = St) ->
    St;
deliver(#st{self = S, owner = Owner, opts = Opts} = St) ->
    case take_packet(St#st.buf, 0, Opts) of
        {ok, Packet, Rest} ->
            Owner ! {tcp, S, data(Packet, Opts)},
            deliver(St#st{buf = Rest, opts = count_active(S, Owner, tcp_passive, Opts)});
        more when St#st.eof =/= false, St#st.eof =/= reported ->
            case St#st.eof of
                closed -> Owner ! {tcp_closed, S};
                Reason -> Owner ! {tcp_error, S, Reason}, Owner ! {tcp_closed, S}
            end,
            St#st{eof = reported};
        more ->
            St
    end.

eof_reason(reported) -> closed;
eof_reason(R) -> R.

deliver_datagram(Ip, Port, Data, #st{recv = {From, Tag, _, TRef}} = St) ->
    cancel_timer(TRef),
    From ! {Tag, {ok, {Ip, Port, data(Data, St#st.opts)}}},
    St#st{recv = undefined};
deliver_datagram(Ip, Port, Data, #st{self = S, owner = Owner, opts = Opts} = St) ->
    Owner ! {udp, S, Ip, Port, data(Data, Opts)},
    St#st{opts = count_active(S, Owner, udp_passive, Opts)}.

%% {active, N}: one fewer; at 0 the socket turns passive and says so.
count_active(S, Owner, Msg, #{active := once} = Opts) ->
    _ = {S, Owner, Msg},
    Opts#{active := false};
count_active(S, Owner, Msg, #{active := 1} = Opts) ->
    Owner ! {Msg, S},
    Opts#{active := false};
count_active(_, _, _, #{active := N} = Opts) when is_integer(N) ->
    Opts#{active := N - 1};
count_active(_, _, _, Opts) ->
    Opts.

data(Bin, #{mode := binary}) -> Bin;
data(Bin, #{mode := list}) -> binary_to_list(Bin).

%% One packet from the front of Buf, as the packet option frames them.
take_packet(<<>>, _, _) ->
    more;
take_packet(Buf, 0, #{packet := raw}) ->
    {ok, Buf, <<>>};
take_packet(Buf, N, #{packet := raw}) ->
    case Buf of
        <<P:N/binary, Rest/binary>> -> {ok, P, Rest};
        _ -> more
    end;
take_packet(Buf, _, #{packet := line}) ->
    case binary:match(Buf, <<"\n">>) of
        {Pos, 1} ->
            <<P:(Pos + 1)/binary, Rest/binary>> = Buf,
            {ok, P, Rest};
        nomatch ->
            more
    end;
take_packet(Buf, _, #{packet := H}) ->
    Bits = H * 8,
    case Buf of
        <<Len:Bits, P:Len/binary, Rest/binary>> -> {ok, P, Rest};
        _ -> more
    end.

cancel_timer(undefined) -> ok;
cancel_timer(TRef) -> erlang:cancel_timer(TRef), ok.

%% ---------------------------------------------------------------------------
%% Requests

handle(get_opts, _From, _Tag, St) ->
    {reply, {ok, St#st.opts}, St};
handle(close, _From, _Tag, St) ->
    close_sock(St),
    {stop, ok};
handle(_, _From, _Tag, #st{sock = closed} = St) ->
    {reply, {error, closed}, St};
handle({getopts, Names}, _From, _Tag, St) ->
    {reply, get_opts(Names, St, []), St};
handle({setopts, New}, _From, _Tag, #st{opts = Opts} = St) ->
    New2 = case {New, Opts} of
               {#{active := N}, #{active := M}} when is_integer(N), is_integer(M) ->
                   New#{active := max(-32768, min(32767, N + M))};
               {#{active := N}, _} when is_integer(N) ->
                   New;
               _ ->
                   New
           end,
    case apply_native(St#st.sock, New2) of
        ok ->
            Opts2 = maps:merge(Opts, New2),
            %% {active, N} with N =< 0: passive at once, and told so.
            Opts3 = case Opts2 of
                        #{active := A} when is_integer(A), A =< 0 ->
                            Msg = case St#st.proto of tcp -> tcp_passive; udp -> udp_passive end,
                            St#st.owner ! {Msg, St#st.self},
                            Opts2#{active := false};
                        _ ->
                            Opts2
                    end,
            {reply, ok, St#st{opts = Opts3}};
        {error, _} ->
            {reply, {error, einval}, St}
    end;
handle({controlling_process, Caller, Pid}, _From, _Tag, St) ->
    if
        Caller =/= St#st.owner ->
            {reply, {error, not_owner}, St};
        true ->
            erlang:demonitor(St#st.owner_mon, [flush]),
            {reply, ok, St#st{owner = Pid, owner_mon = erlang:monitor(process, Pid)}}
    end;
handle(peername, _From, _Tag, St) ->
    {reply, socket:peername(St#st.sock), St};
handle(sockname, _From, _Tag, St) ->
    {reply, socket:sockname(St#st.sock), St};
handle({send, Data}, From, Tag, #st{proto = tcp} = St) ->
    %% Sends go out while the process goes on reading (a peer that only writes back
    %% once it has read must not deadlock us), in order, each answered when done.
    try frame(iolist_to_binary(Data), St#st.opts) of
        Bin -> {noreply, pump(St#st{sends = St#st.sends ++ [{From, Tag, Bin}]})}
    catch
        error:badarg -> {reply, {error, einval}, St}
    end;
handle({send, Data}, _From, _Tag, #st{proto = udp, sock = Sock} = St) ->
    Reply = try iolist_to_binary(Data) of
                Bin ->
                    case socket:send(Sock, Bin) of
                        {error, R} when R =:= edestaddrreq; R =:= enotconn -> {error, einval};
                        Other -> Other
                    end
            catch
                error:badarg -> {error, einval}
            end,
    {reply, Reply, St};
handle({connect, Ip, Port}, _From, _Tag, #st{proto = udp, sock = Sock} = St) ->
    Family = if tuple_size(Ip) =:= 4 -> inet; true -> inet6 end,
    {reply, socket:connect(Sock, #{family => Family, addr => Ip, port => Port}), St};
handle({sendto, Ip, Port, Data}, _From, _Tag, #st{proto = udp, sock = Sock} = St) ->
    Family = if tuple_size(Ip) =:= 4 -> inet; true -> inet6 end,
    Reply = try iolist_to_binary(Data) of
                Bin -> socket:sendto(Sock, Bin, #{family => Family, addr => Ip, port => Port})
            catch
                error:badarg -> {error, einval}
            end,
    {reply, Reply, St};
handle(Req, _From, _Tag, #st{eof = reported, opts = #{exit_on_close := true}} = St)
  when element(1, Req) =:= recv; element(1, Req) =:= send ->
    %% The peer closed and the owner was told: the socket counts as closed.
    {reply, {error, closed}, St};
handle({recv, _, _}, _From, _Tag, #st{opts = #{active := A}} = St) when A =/= false ->
    {reply, {error, einval}, St};
handle({recv, _, _}, _From, _Tag, #st{recv = R} = St) when R =/= undefined ->
    {reply, {error, ealready}, St};
handle({recv, Length, Timeout}, From, Tag, St) ->
    TRef = case Timeout of
               infinity -> undefined;
               _ -> erlang:start_timer(Timeout, self(), recv)
           end,
    {noreply, St#st{recv = {From, Tag, Length, TRef}}};
handle({shutdown, How}, _From, _Tag, St) ->
    {reply, socket:shutdown(St#st.sock, How), St};
handle(_, _From, _Tag, St) ->
    {reply, {error, einval}, St}.

%% Writes what the socket takes of the waiting sends; arms a write select for the rest.
pump(#st{writer = W} = St) when W =/= undefined ->
    St;
pump(#st{sends = []} = St) ->
    St;
pump(#st{sends = [{From, Tag, Bin} | More], sock = Sock} = St) ->
    case socket:send(Sock, Bin, nowait) of
        ok ->
            From ! {Tag, ok},
            pump(St#st{sends = More});
        {select, {{select_info, _, Ref}, Rest}} ->
            St#st{sends = [{From, Tag, Rest} | More], writer = Ref};
        {select, {select_info, _, Ref}} ->
            St#st{writer = Ref};
        {error, R} ->
            Reason = case R of
                         _ when R =:= epipe; R =:= econnreset; R =:= enotconn -> closed;
                         _ -> R
                     end,
            From ! {Tag, {error, Reason}},
            pump(St#st{sends = More})
    end.

frame(Bin, #{packet := raw}) ->
    Bin;
frame(Bin, #{packet := line}) ->
    Bin;
frame(Bin, #{packet := H}) ->
    Size = byte_size(Bin),
    Bits = H * 8,
    case Size < (1 bsl Bits) of
        true -> <<Size:Bits, Bin/binary>>;
        false -> erlang:error(badarg)
    end.

get_opts([], _St, Acc) ->
    {ok, lists:reverse(Acc)};
get_opts([Name | Names], #st{opts = Opts, sock = Sock} = St, Acc) ->
    Value = case Name of
                packet ->
                    case maps:get(packet, Opts) of raw -> {ok, 0}; P -> {ok, P} end;
                _ ->
                    case native_opt(Name, true) of
                        {Opt, _} ->
                            case socket:getopt(Sock, Opt) of
                                {ok, #{onoff := B, linger := T}} -> {ok, {B, T}};
                                {ok, V} -> {ok, V};
                                _ -> none
                            end;
                        none ->
                            case maps:find(Name, Opts) of
                                {ok, V} -> {ok, V};
                                error -> none
                            end
                    end
            end,
    case Value of
        {ok, V2} -> get_opts(Names, St, [{Name, V2} | Acc]);
        none -> get_opts(Names, St, Acc)
    end.

close_sock(#st{sock = closed}) -> ok;
close_sock(#st{sock = Sock, recv = Recv, sends = Sends}) ->
    [From ! {Tag, {error, closed}} || {From, Tag, _} <- Sends],
    case Recv of
        {From, Tag, _, TRef} ->
            cancel_timer(TRef),
            From ! {Tag, {error, closed}};
        undefined ->
            ok
    end,
    socket:close(Sock),
    ok.
