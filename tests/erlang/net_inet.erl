%% inet's address printing and parsing, against OTP's inet_parse.
-module(net_inet).
-export([start/0]).

start() ->
    Ntoa = [inet:ntoa(A) || A <- addresses()],
    Strings = strings(),
    Parse = [{inet:parse_address(S), inet:parse_strict_address(S),
              inet:parse_ipv4_address(S), inet:parse_ipv4strict_address(S),
              inet:parse_ipv6_address(S), inet:parse_ipv6strict_address(S)}
             || S <- Strings],
    %% Every printed address parses back to itself.
    RoundTrip = [A || A <- addresses(), inet:is_ip_address(A),
                      inet:parse_address(inet:ntoa(A)) =/= {ok, A}],
    Preds = [{inet:is_ip_address(A), inet:is_ipv4_address(A), inet:is_ipv6_address(A)}
             || A <- addresses() ++ [foo, {1, 2, 3}, {-1, 0, 0, 0}, {1.0, 2, 3, 4}]],
    %% (Names in inet6 depend on the hosts file: left out.)
    Get = [inet:getaddr(H, F) || H <- ["127.0.0.1", {1, 2, 3, 4}, "::1", {1, 2, 3, 4, 5, 6, 7, 8},
                                       "10.1", {1, 2, 3}, {256, 0, 0, 0}],
                                 F <- [inet, inet6]]
        ++ [inet:getaddr(H, inet) || H <- ["localhost", localhost]],
    Mapped = inet:ipv4_mapped_ipv6_address({192, 168, 1, 2}),
    {Ntoa, Parse, RoundTrip, Preds, Get, Mapped, inet:ipv4_mapped_ipv6_address(Mapped)}.

addresses() ->
    [{0, 0, 0, 0}, {127, 0, 0, 1}, {255, 255, 255, 255}, {256, 0, 0, 1}, {10, 0, 0, 254},
     {0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 1}, {0, 0, 0, 0, 0, 0, 0, 2},
     {0, 0, 0, 0, 0, 0, 1, 0}, {0, 0, 0, 0, 0, 1, 0, 0}, {0, 0, 0, 0, 1, 0, 0, 0},
     {1, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 16#ffff, 16#c0a8, 16#0102},
     {1, 0, 1, 0, 1, 0, 1, 0}, {0, 0, 1, 0, 0, 0, 0, 1}, {1, 2, 3, 4, 5, 6, 0, 0},
     {16#abcd, 0, 0, 0, 0, 0, 0, 16#ffff}, {16#fe80, 0, 0, 0, 16#21b, 16#21ff, 16#fe5d, 16#7c0a},
     {1, 0, 0, 2, 0, 0, 3, 4}, {1, 2, 3, 4, 5, 6, 7, 8}, {16#2001, 16#db8, 0, 0, 1, 0, 0, 1},
     {65536, 0, 0, 0, 0, 0, 0, 0}].

strings() ->
    ["127.1", "1.2.3", "10", "127.0.0.1", "256.1.1.1", "::", "::1", "fe80::1%eth0",
     "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "1::2::3", "FE80::A", "1.2.3.4.5", "0x7f.1",
     "010.1.1.1", " 1.2.3.4", "", "4294967295", "4294967296", "1.16777215", "1.16777216",
     "1.2.65535", "0xff.0xff.0xff.0xff", "08.1.1.1", "1..2.3", "1.2.3.", "0", "00",
     "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "12345::1", "::g",
     "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::1.2.3", ":1::2", "1::2:", "0.0.0.0",
     "2001:db8::1", "::ffff:010.1.1.1", "1::", "a:b:c:d:e:f:0:1", "0x", "0X1F.1"].
