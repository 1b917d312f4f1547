%% inet: OTP's socket-independent network functions: options and names of gen_tcp and
%% gen_udp sockets, address parsing and printing (as OTP's inet_parse does it), and name
%% resolution through the platform's resolver ("localhost" is always the loopback).
-module(inet).

-export([setopts/2, getopts/2, peername/1, sockname/1, port/1, close/1,
         controlling_process/2, ntoa/1, parse_address/1, parse_strict_address/1,
         parse_ipv4_address/1, parse_ipv4strict_address/1, parse_ipv6_address/1,
         parse_ipv6strict_address/1, is_ip_address/1, is_ipv4_address/1,
         is_ipv6_address/1, getaddr/2, getaddrs/2, gethostname/0, gethostbyname/1,
         gethostbyname/2, ipv4_mapped_ipv6_address/1]).

-export_type([ip_address/0, ip4_address/0, ip6_address/0, socket/0, hostname/0]).

-type ip4_address() :: {0..255, 0..255, 0..255, 0..255}.
-type ip6_address() :: {0..65535, 0..65535, 0..65535, 0..65535,
                        0..65535, 0..65535, 0..65535, 0..65535}.
-type ip_address() :: ip4_address() | ip6_address().
-type hostname() :: atom() | string().
-type socket() :: {'$inet', inet_sock, {pid(), term()}}.

-define(S(P), {'$inet', inet_sock, P}).

%% ---------------------------------------------------------------------------
%% Sockets

setopts(?S(_) = S, Opts) -> inet_sock:setopts(S, Opts).

getopts(?S(_) = S, Names) -> inet_sock:getopts(S, Names).

peername(?S(_) = S) -> inet_sock:peername(S).

sockname(?S(_) = S) -> inet_sock:sockname(S).

port(?S(_) = S) ->
    case inet_sock:sockname(S) of
        {ok, {_, Port}} -> {ok, Port};
        Error -> Error
    end.

close(?S(_) = S) -> inet_sock:close(S).

controlling_process(?S(_) = S, Pid) -> inet_sock:controlling_process(S, Pid).

%% ---------------------------------------------------------------------------
%% Printing addresses

ntoa({A, B, C, D} = Ip) ->
    case is_ipv4_address(Ip) of
        true -> dotted(A, B, C, D);
        false -> {error, einval}
    end;
ntoa({_, _, _, _, _, _, _, _} = Ip) ->
    case is_ipv6_address(Ip) of
        true -> ntoa6(Ip);
        false -> {error, einval}
    end;
ntoa(_) ->
    {error, einval}.

dotted(A, B, C, D) ->
    integer_to_list(A) ++ "." ++ integer_to_list(B) ++ "." ++ integer_to_list(C) ++ "."
        ++ integer_to_list(D).

ntoa6({0, 0, 0, 0, 0, 0, 0, 0}) -> "::";
ntoa6({0, 0, 0, 0, 0, 0, 0, 1}) -> "::1";
ntoa6({0, 0, 0, 0, 0, 0, X, Y}) -> "::" ++ dotted(X bsr 8, X band 255, Y bsr 8, Y band 255);
ntoa6({0, 0, 0, 0, 0, 16#ffff, X, Y}) ->
    "::ffff:" ++ dotted(X bsr 8, X band 255, Y bsr 8, Y band 255);
ntoa6(Ip) ->
    Groups = tuple_to_list(Ip),
    case longest_zeros(Groups, 0, 0, 0, -1, 0) of
        {Start, Len} when Len >= 2 ->
            {Before, Rest} = lists:split(Start, Groups),
            After = lists:nthtail(Len, Rest),
            hex_groups(Before) ++ "::" ++ hex_groups(After);
        _ ->
            hex_groups(Groups)
    end.

%% The first longest run of zero groups: {Start, Length}.
longest_zeros([], _I, RunStart, RunLen, BestStart, BestLen) ->
    best(RunStart, RunLen, BestStart, BestLen);
longest_zeros([0 | T], I, RunStart, RunLen, BestStart, BestLen) ->
    Start = case RunLen of 0 -> I; _ -> RunStart end,
    longest_zeros(T, I + 1, Start, RunLen + 1, BestStart, BestLen);
longest_zeros([_ | T], I, RunStart, RunLen, BestStart, BestLen) ->
    {BS, BL} = best(RunStart, RunLen, BestStart, BestLen),
    longest_zeros(T, I + 1, 0, 0, BS, BL).

best(RunStart, RunLen, _BestStart, BestLen) when RunLen > BestLen -> {RunStart, RunLen};
best(_, _, BestStart, BestLen) -> {BestStart, BestLen}.

hex_groups(Groups) ->
    lists:append(lists:join(":", [string:lowercase(integer_to_list(G, 16)) || G <- Groups])).

%% ---------------------------------------------------------------------------
%% Parsing addresses

parse_address(S) ->
    case parse_ipv4_address(S) of
        {ok, _} = Ok -> Ok;
        _ -> parse_ipv6_address(S)
    end.

parse_strict_address(S) ->
    case parse_ipv4strict_address(S) of
        {ok, _} = Ok -> Ok;
        _ -> parse_ipv6strict_address(S)
    end.

parse_ipv4_address(S) -> result(catch ipv4(S, loose)).

parse_ipv4strict_address(S) -> result(catch ipv4(S, strict)).

parse_ipv6_address(S) ->
    case result(catch ipv6(S)) of
        {ok, _} = Ok ->
            Ok;
        Error ->
            case parse_ipv4_address(S) of
                {ok, Ip4} -> {ok, ipv4_mapped_ipv6_address(Ip4)};
                _ -> Error
            end
    end.

parse_ipv6strict_address(S) -> result(catch ipv6(S)).

result({ok, _} = Ok) -> Ok;
result(_) -> {error, einval}.

%% Dotted IPv4. Loose (as inet_aton): 1 to 4 parts, the last filling the remaining
%% bytes, each part decimal, octal (leading 0) or hexadecimal (0x). Strict: 4 decimal parts.
ipv4(S, Mode) when is_list(S) ->
    Parts = string:split(S, ".", all),
    N = length(Parts),
    case {Mode, N} of
        {strict, 4} -> ok;
        {loose, _} when N >= 1, N =< 4 -> ok
    end,
    Values = [part(P, Mode) || P <- Parts],
    {Init, [Last]} = lists:split(N - 1, Values),
    true = lists:all(fun(V) -> V =< 255 end, Init),
    LastBytes = 5 - N,
    true = Last < (1 bsl (8 * LastBytes)),
    Bytes = Init ++ [(Last bsr (8 * (I - 1))) band 255 || I <- lists:seq(LastBytes, 1, -1)],
    {ok, list_to_tuple(Bytes)}.

part([], _) -> throw(einval);
part([$0, _ | _], strict) -> throw(einval);
part(P, strict) -> dec(P);
part([$0, X | Hex], loose) when (X =:= $x orelse X =:= $X), Hex =/= [] -> hex(Hex);
part([$0 | Oct], loose) when Oct =/= [] -> oct(Oct);
part(P, loose) -> dec(P).

dec(P) -> digits(P, 10).
oct(P) -> digits(P, 8).
hex(P) -> digits(P, 16).

digits(P, Base) ->
    lists:foldl(fun(C, Acc) -> Acc * Base + digit(C, Base) end, 0, P).

digit(C, Base) when C >= $0, C =< $9, C - $0 < Base -> C - $0;
digit(C, 16) when C >= $a, C =< $f -> C - $a + 10;
digit(C, 16) when C >= $A, C =< $F -> C - $A + 10;
digit(_, _) -> throw(einval).

%% IPv6, with an optional "%scope" suffix (ignored) and a dotted IPv4 tail.
ipv6(S0) when is_list(S0) ->
    S = lists:takewhile(fun(C) -> C =/= $% end, S0),
    Groups = case string:split(S, "::", all) of
                 [Whole] ->
                     G = groups(Whole),
                     8 = length(G),
                     G;
                 [Front, Back] ->
                     F = case Front of [] -> []; _ -> groups(Front) end,
                     B = case Back of [] -> []; _ -> groups(Back) end,
                     Zeros = 8 - length(F) - length(B),
                     true = Zeros >= 1,
                     F ++ lists:duplicate(Zeros, 0) ++ B
             end,
    {ok, list_to_tuple(Groups)}.

groups(S) ->
    Parts = string:split(S, ":", all),
    {Init, [Last]} = lists:split(length(Parts) - 1, Parts),
    Hex = [group(P) || P <- Init],
    case lists:member($., Last) of
        true ->
            {ok, {A, B, C, D}} = ipv4(Last, strict),
            Hex ++ [A * 256 + B, C * 256 + D];
        false ->
            Hex ++ [group(Last)]
    end.

group(P) when length(P) >= 1, length(P) =< 4 -> hex(P);
group(_) -> throw(einval).

ipv4_mapped_ipv6_address({A, B, C, D}) ->
    {0, 0, 0, 0, 0, 16#ffff, A * 256 + B, C * 256 + D};
ipv4_mapped_ipv6_address({_, _, _, _, _, _, G, H}) ->
    {G bsr 8, G band 255, H bsr 8, H band 255}.

is_ip_address(Ip) -> is_ipv4_address(Ip) orelse is_ipv6_address(Ip).

is_ipv4_address({A, B, C, D}) -> lists:all(fun(X) -> is_integer(X) andalso X >= 0 andalso X =< 255 end, [A, B, C, D]);
is_ipv4_address(_) -> false.

is_ipv6_address({_, _, _, _, _, _, _, _} = T) ->
    lists:all(fun(X) -> is_integer(X) andalso X >= 0 andalso X =< 65535 end, tuple_to_list(T));
is_ipv6_address(_) -> false.

%% ---------------------------------------------------------------------------
%% Names

getaddr(Host, Family) ->
    case getaddrs(Host, Family) of
        {ok, [Ip | _]} -> {ok, Ip};
        Error -> Error
    end.

getaddrs(Ip, Family) when is_tuple(Ip) ->
    case {Family, is_ipv4_address(Ip), is_ipv6_address(Ip)} of
        {inet, true, _} -> {ok, [Ip]};
        {inet6, _, true} -> {ok, [Ip]};
        {_, false, false} -> {error, einval};
        _ -> {error, eafnosupport}
    end;
getaddrs(Host, Family) when is_atom(Host) ->
    getaddrs(atom_to_list(Host), Family);
getaddrs(Host, Family) when is_list(Host), (Family =:= inet orelse Family =:= inet6) ->
    Parsed = case Family of
                 inet -> parse_ipv4_address(Host);
                 inet6 -> parse_ipv6strict_address(Host)
             end,
    case Parsed of
        {ok, Ip} -> {ok, [Ip]};
        _ -> resolve(Host, Family)
    end;
getaddrs(_, _) ->
    {error, einval}.

resolve("localhost", inet) -> {ok, [{127, 0, 0, 1}]};
resolve("localhost", inet6) -> {ok, [{0, 0, 0, 0, 0, 0, 0, 1}]};
resolve(Host, Family) ->
    case parse_address(Host) of
        {ok, _} ->
            %% An address of the other family.
            {error, nxdomain};
        _ ->
            try unicode:characters_to_binary(Host) of
                Bin when is_binary(Bin) ->
                    case socket:'$resolve'(Bin, Family) of
                        {ok, []} -> {error, nxdomain};
                        {ok, Ips} -> {ok, Ips};
                        {error, _} -> {error, nxdomain}
                    end;
                _ ->
                    {error, einval}
            catch
                error:_ -> {error, nxdomain}
            end
    end.

gethostname() -> socket:'$hostname'().

gethostbyname(Name) -> gethostbyname(Name, inet).

gethostbyname(Name, Family) ->
    case getaddrs(Name, Family) of
        {ok, Ips} ->
            Len = case Family of inet -> 4; inet6 -> 16 end,
            N = case Name of _ when is_atom(Name) -> atom_to_list(Name); _ -> Name end,
            {ok, {hostent, N, [], Family, Len, Ips}};
        Error ->
            Error
    end.
