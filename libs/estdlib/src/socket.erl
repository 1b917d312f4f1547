%% socket: OTP's socket module (the part of its API that IPv4/IPv6 TCP and UDP use),
%% over the VM's non-blocking native socket calls (rust/core/src/net/socket.rs).
%%
%% Blocking forms (a Timeout, or none: infinity) wait in the calling process for the
%% {'$socket', Socket, select, Ref} message the VM sends when the socket is ready, so
%% other processes run meanwhile. The nowait forms return {select, SelectInfo} as OTP's
%% do, and the same message arrives. A socket belongs to the process that opened it
%% (setopt(S, {otp, controlling_process}, Pid) gives it away) and is closed when that
%% process ends. Without a network stack, open/2,3,4 return {error, enotsup}.
-module(socket).

-export([open/2, open/3, open/4, bind/2, listen/1, listen/2, accept/1, accept/2,
         connect/1, connect/2, connect/3, send/2, send/3, send/4, sendto/3, sendto/4,
         sendto/5, recv/1, recv/2, recv/3, recv/4, recvfrom/1, recvfrom/2, recvfrom/3,
         recvfrom/4, close/1, shutdown/2, sockname/1, peername/1, setopt/3, getopt/2,
         cancel/2, info/1]).

-export_type([socket/0, sockaddr/0, select_info/0]).

-type socket() :: {'$socket', reference()}.
-type sockaddr() :: #{family := inet | inet6, addr := tuple() | any | loopback | broadcast,
                      port := 0..65535}.
-type select_info() :: {select_info, atom(), reference()}.

-define(IS_TIMEOUT(T), (T =:= infinity orelse (is_integer(T) andalso T >= 0))).

%% ---------------------------------------------------------------------------
%% Opening and naming

open(Domain, Type) -> open(Domain, Type, default, #{}).

open(Domain, Type, Opts) when is_map(Opts) -> open(Domain, Type, default, Opts);
open(Domain, Type, Protocol) -> open(Domain, Type, Protocol, #{}).

open(Domain, Type, Protocol, Opts) when is_map(Opts) ->
    case {Domain, Type, Protocol} of
        {_, stream, P} when P =:= default; P =:= tcp; P =:= ip -> do_open(Domain, Type);
        {_, dgram, P} when P =:= default; P =:= udp; P =:= ip -> do_open(Domain, Type);
        {D, T, _} when (D =:= inet orelse D =:= inet6), (T =:= stream orelse T =:= dgram) ->
            {error, eprotonosupport};
        _ ->
            erlang:error(badarg, [Domain, Type, Protocol, Opts])
    end.

do_open(Domain, Type) when Domain =:= inet; Domain =:= inet6 ->
    socket:'$open'(Domain, Type);
do_open(local, _) ->
    {error, eafnosupport};
do_open(Domain, Type) ->
    erlang:error(badarg, [Domain, Type]).

bind(S, Addr) when is_atom(Addr) ->
    Family = case socket:'$info'(S) of {F, _, _} -> F; closed -> inet end,
    bind(S, #{family => Family, addr => Addr, port => 0});
bind(S, #{family := Family} = SA) ->
    {Ip, Port} = to_native(Family, SA),
    socket:'$bind'(S, Ip, Port).

listen(S) -> listen(S, 5).

listen(S, Backlog) when is_integer(Backlog), Backlog >= 0 -> socket:'$listen'(S, Backlog);
listen(S, true) -> listen(S, 5).

sockname(S) -> to_sockaddr(socket:'$sockname'(S)).

peername(S) -> to_sockaddr(socket:'$peername'(S)).

to_sockaddr({ok, {Ip, Port}}) -> {ok, sockaddr(Ip, Port)};
to_sockaddr(Error) -> Error.

sockaddr(Ip, Port) when tuple_size(Ip) =:= 4 -> #{family => inet, addr => Ip, port => Port};
sockaddr(Ip, Port) -> #{family => inet6, addr => Ip, port => Port}.

%% {Ip, Port} the native calls take.
to_native(Family, SA) ->
    Port = maps:get(port, SA, 0),
    Ip = case {Family, maps:get(addr, SA, any)} of
             {inet, any} -> {0, 0, 0, 0};
             {inet, loopback} -> {127, 0, 0, 1};
             {inet, broadcast} -> {255, 255, 255, 255};
             {inet6, any} -> {0, 0, 0, 0, 0, 0, 0, 0};
             {inet6, loopback} -> {0, 0, 0, 0, 0, 0, 0, 1};
             {_, A} when is_tuple(A) -> A;
             _ -> erlang:error(badarg)
         end,
    {Ip, Port}.

close(S) -> socket:'$close'(S).

shutdown(S, How) -> socket:'$shutdown'(S, How).

info(S) ->
    case socket:'$info'(S) of
        {Domain, Type, Owner} ->
            #{domain => Domain, type => Type, owner => Owner, protocol => protocol(Type),
              rstates => [], wstates => []};
        closed ->
            #{rstates => [closed], wstates => [closed]}
    end.

protocol(stream) -> tcp;
protocol(dgram) -> udp.

%% ---------------------------------------------------------------------------
%% Options

setopt(S, {otp, controlling_process}, Pid) -> socket:'$controlling_process'(S, Pid);
setopt(_S, {otp, _}, _V) -> ok;
setopt(S, {Level, Name}, Value) ->
    case native_opt(Level, Name) of
        undefined -> {error, {invalid, {socket_option, {Level, Name}}}};
        Opt -> socket:'$setopt'(S, Opt, opt_to_int(Name, Value))
    end.

getopt(S, {socket, type}) -> info_field(S, 2);
getopt(S, {socket, domain}) -> info_field(S, 1);
getopt(S, {socket, protocol}) ->
    case info_field(S, 2) of {ok, T} -> {ok, protocol(T)}; E -> E end;
getopt(S, {otp, controlling_process}) -> info_field(S, 3);
getopt(S, {Level, Name}) ->
    case native_opt(Level, Name) of
        undefined ->
            {error, {invalid, {socket_option, {Level, Name}}}};
        Opt ->
            case socket:'$getopt'(S, Opt) of
                {ok, V} -> {ok, int_to_opt(Name, V)};
                E -> E
            end
    end.

info_field(S, N) ->
    case socket:'$info'(S) of
        closed -> {error, closed};
        T -> {ok, element(N, T)}
    end.

native_opt(socket, reuseaddr) -> reuseaddr;
native_opt(socket, keepalive) -> keepalive;
native_opt(socket, broadcast) -> broadcast;
native_opt(socket, rcvbuf) -> rcvbuf;
native_opt(socket, sndbuf) -> sndbuf;
native_opt(socket, linger) -> linger;
native_opt(tcp, nodelay) -> nodelay;
native_opt(ipv6, v6only) -> v6only;
native_opt(_, _) -> undefined.

opt_to_int(linger, #{onoff := true, linger := L}) -> L;
opt_to_int(linger, #{onoff := false}) -> -1;
opt_to_int(_, true) -> 1;
opt_to_int(_, false) -> 0;
opt_to_int(_, N) when is_integer(N) -> N;
opt_to_int(_, _) -> erlang:error(badarg).

int_to_opt(linger, -1) -> #{onoff => false, linger => 0};
int_to_opt(linger, L) -> #{onoff => true, linger => L};
int_to_opt(Name, N) when Name =:= rcvbuf; Name =:= sndbuf -> N;
int_to_opt(_, N) -> N =/= 0.

%% ---------------------------------------------------------------------------
%% Waiting

%% Runs Op(Ref) until it stops answering select: waits for the socket (at most until
%% Deadline) between tries. Op's other answers are returned as they are.
wait_loop(S, Op, Deadline) ->
    Ref = make_ref(),
    case Op(Ref) of
        select ->
            case wait_ready(S, Ref, Deadline) of
                ok -> wait_loop(S, Op, Deadline);
                timeout -> {error, timeout}
            end;
        Other ->
            Other
    end.

wait_ready(S, Ref, Deadline) ->
    receive
        {'$socket', _, select, Ref} -> ok
    after remaining(Deadline) ->
        socket:'$cancel'(S, Ref),
        %% The socket may have become ready meanwhile: drop the message.
        receive {'$socket', _, select, Ref} -> ok after 0 -> ok end,
        timeout
    end.

deadline(infinity) -> infinity;
deadline(T) when is_integer(T), T >= 0 -> erlang:monotonic_time(millisecond) + T.

remaining(infinity) -> infinity;
remaining(D) -> max(0, D - erlang:monotonic_time(millisecond)).

select_info(Tag, Ref) -> {select, {select_info, Tag, Ref}}.

%% ---------------------------------------------------------------------------
%% Connections

accept(L) -> accept(L, infinity).

accept(L, nowait) -> accept(L, make_ref());
accept(L, Ref) when is_reference(Ref) ->
    case socket:'$accept'(L, Ref) of
        select -> select_info(accept, Ref);
        Other -> Other
    end;
accept(L, Timeout) when ?IS_TIMEOUT(Timeout) ->
    wait_loop(L, fun(Ref) -> socket:'$accept'(L, Ref) end, deadline(Timeout)).

connect(S) -> socket:'$connect_result'(S).

connect(S, SA) -> connect(S, SA, infinity).

connect(S, #{family := Family} = SA, Timeout) ->
    {Ip, Port} = to_native(Family, SA),
    case Timeout of
        nowait -> connect_nowait(S, Ip, Port, make_ref());
        Ref when is_reference(Ref) -> connect_nowait(S, Ip, Port, Ref);
        _ when ?IS_TIMEOUT(Timeout) ->
            Ref = make_ref(),
            case socket:'$connect'(S, Ip, Port, Ref) of
                select ->
                    case wait_ready(S, Ref, deadline(Timeout)) of
                        ok -> socket:'$connect_result'(S);
                        timeout -> {error, timeout}
                    end;
                Other ->
                    Other
            end
    end.

connect_nowait(S, Ip, Port, Ref) ->
    case socket:'$connect'(S, Ip, Port, Ref) of
        select -> select_info(connect, Ref);
        Other -> Other
    end.

%% ---------------------------------------------------------------------------
%% Sending

send(S, Data) -> send(S, Data, [], infinity).

send(S, Data, Flags) when is_list(Flags) -> send(S, Data, Flags, infinity);
send(S, Data, Timeout) -> send(S, Data, [], Timeout).

send(S, Data, _Flags, Timeout) ->
    Bin = iolist_to_binary(Data),
    case Timeout of
        nowait -> send_nowait(S, Bin, make_ref());
        Ref when is_reference(Ref) -> send_nowait(S, Bin, Ref);
        _ when ?IS_TIMEOUT(Timeout) -> send_all(S, Bin, deadline(Timeout))
    end.

send_all(_S, <<>>, _Deadline) ->
    ok;
send_all(S, Bin, Deadline) ->
    case wait_loop(S, fun(Ref) -> socket:'$send'(S, Bin, Ref) end, Deadline) of
        {ok, N} ->
            <<_:N/binary, Rest/binary>> = Bin,
            send_all(S, Rest, Deadline);
        {error, timeout} when byte_size(Bin) > 0 ->
            {error, {timeout, Bin}};
        Error ->
            Error
    end.

%% As much as the socket takes now: ok, {select, SelectInfo} if nothing went, or
%% {select, {SelectInfo, RestData}} if part did (OTP's answers).
send_nowait(S, Bin, Ref) -> send_nowait(S, Bin, Ref, false).

send_nowait(S, Bin, Ref, Sent) ->
    case socket:'$send'(S, Bin, Ref) of
        {ok, N} when N =:= byte_size(Bin) ->
            ok;
        {ok, N} ->
            <<_:N/binary, Rest/binary>> = Bin,
            send_nowait(S, Rest, Ref, true);
        select when Sent ->
            {select, {{select_info, send, Ref}, Bin}};
        select ->
            select_info(send, Ref);
        Error ->
            Error
    end.

sendto(S, Data, Dest) -> sendto(S, Data, Dest, [], infinity).

sendto(S, Data, Dest, Flags) when is_list(Flags) -> sendto(S, Data, Dest, Flags, infinity);
sendto(S, Data, Dest, Timeout) -> sendto(S, Data, Dest, [], Timeout).

sendto(S, Data, #{family := Family} = Dest, _Flags, Timeout) ->
    Bin = iolist_to_binary(Data),
    {Ip, Port} = to_native(Family, Dest),
    Op = fun(Ref) -> socket:'$sendto'(S, Bin, Ip, Port, Ref) end,
    Result = case Timeout of
                 nowait -> Op(make_ref());
                 _ when ?IS_TIMEOUT(Timeout) -> wait_loop(S, Op, deadline(Timeout))
             end,
    case Result of
        {ok, _} -> ok;
        select -> {error, eagain};
        Error -> Error
    end.

%% ---------------------------------------------------------------------------
%% Receiving

recv(S) -> recv(S, 0, [], infinity).

recv(S, Length) -> recv(S, Length, [], infinity).

recv(S, Length, Flags) when is_list(Flags) -> recv(S, Length, Flags, infinity);
recv(S, Length, Timeout) -> recv(S, Length, [], Timeout).

recv(S, Length, _Flags, Timeout) when is_integer(Length), Length >= 0 ->
    case Timeout of
        nowait -> recv_nowait(S, Length, make_ref());
        Ref when is_reference(Ref) -> recv_nowait(S, Length, Ref);
        _ when ?IS_TIMEOUT(Timeout) -> recv_loop(S, Length, deadline(Timeout), [])
    end.

recv_nowait(S, Length, Ref) ->
    case socket:'$recv'(S, Length, Ref) of
        select -> select_info(recv, Ref);
        Other -> Other
    end.

%% Length 0: what arrives first. Length N: exactly N bytes on a stream socket (what
%% came before an error is returned with it, as OTP does).
recv_loop(S, Length, Deadline, Acc) ->
    case wait_loop(S, fun(Ref) -> socket:'$recv'(S, Length, Ref) end, Deadline) of
        {ok, Bin} when Length =:= 0 ->
            {ok, Bin};
        {ok, Bin} when byte_size(Bin) =:= Length ->
            {ok, iolist_to_binary(lists:reverse(Acc, [Bin]))};
        {ok, Bin} ->
            case socket:'$info'(S) of
                {_, dgram, _} -> {ok, Bin};
                _ -> recv_loop(S, Length - byte_size(Bin), Deadline, [Bin | Acc])
            end;
        {error, Reason} when Acc =/= [] ->
            {error, {Reason, iolist_to_binary(lists:reverse(Acc))}};
        Error ->
            Error
    end.

recvfrom(S) -> recvfrom(S, 0, [], infinity).

recvfrom(S, BufSz) -> recvfrom(S, BufSz, [], infinity).

recvfrom(S, BufSz, Flags) when is_list(Flags) -> recvfrom(S, BufSz, Flags, infinity);
recvfrom(S, BufSz, Timeout) -> recvfrom(S, BufSz, [], Timeout).

recvfrom(S, BufSz, _Flags, Timeout) when is_integer(BufSz), BufSz >= 0 ->
    Op = fun(Ref) -> socket:'$recvfrom'(S, BufSz, Ref) end,
    Result = case Timeout of
                 nowait ->
                     Ref = make_ref(),
                     case Op(Ref) of
                         select -> select_info(recvfrom, Ref);
                         Other -> Other
                     end;
                 Ref when is_reference(Ref) ->
                     case Op(Ref) of
                         select -> select_info(recvfrom, Ref);
                         Other -> Other
                     end;
                 _ when ?IS_TIMEOUT(Timeout) ->
                     wait_loop(S, Op, deadline(Timeout))
             end,
    case Result of
        {ok, {{Ip, Port}, Bin}} -> {ok, {sockaddr(Ip, Port), Bin}};
        Other2 -> Other2
    end.

cancel(S, {select_info, _Tag, Ref}) ->
    socket:'$cancel'(S, Ref),
    ok.
