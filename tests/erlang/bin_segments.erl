-module(bin_segments).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = ?I(<<"hello">>),
    Bs = ?I(<<1:3>>),
    [
     <<B/binary>>, <<B/binary, B/binary>>, <<B:2/binary>>, <<B:3/binary-unit:8>>,
     <<B:1/binary-unit:16>>,
     <<B/bits>>, <<B/bitstring>>, <<Bs/bits>>, <<Bs/bits, Bs/bits>>,
     <<Bs:2/bits>>, <<B:12/bits>>, <<B:3/binary-unit:4>>,
     t(fun() -> <<Bs/binary>> end),
     t(fun() -> <<B:6/binary>> end),
     t(fun() -> <<B:41/bits>> end),
     t(fun() -> <<(?I(notbin))/binary>> end),
     t(fun() -> <<(?I(1))/binary>> end),
     t(fun() -> <<(?I([1, 2]))/binary>> end),
     <<1, B/binary, 2>>,
     <<0:1, B/binary>>,
     <<0:1, B/binary, 1:7>>,
     <<<<>>/binary, <<>>/bits>>,
     <<?I(<<>>):0/binary>>,
     <<B:(?I(0))/binary>>,
     <<"abc", "def">>, <<"">>, <<"a", 1, "b">>,
     <<"ab":16>> =:= <<0, $a, 0, $b>>,
     <<"ab":4>>,
     <<"ab":2/little-integer-unit:8>>,
     <<"é">>, <<"é"/utf8>>, <<"é"/utf16>>,
     <<$a:16/little>>,
     m1(?I(<<2, "ab", 3, "cde", 0>>)),
     m2(?I(<<"key=value">>)),
     m2(?I(<<"novalue">>)),
     m3(?I(<<1, 2, 3, 4, 5, 6, 7>>)),
     m4(?I(<<16#FF, 16#00, 1:1>>)),
     t(fun() -> <<X:2/binary, _/binary>> = ?I(<<1>>), X end),
     t(fun() -> <<_:1/binary, X/binary>> = ?I(<<1:7>>), X end),
     begin <<H:2/binary, T/bits>> = ?I(<<1, 2, 3:5>>), {H, T} end,
     begin <<H2:9/bits, T2/bits>> = ?I(<<1, 2, 3:5>>), {H2, T2} end,
     begin <<H3:2/binary-unit:4, T3/bits>> = ?I(<<16#AB, 16#CD>>), {H3, T3} end,
     size_from_seg(?I(<<3, 16#AA, 16#BB, 16#CC, 16#DD>>))
    ].

m1(<<L1, A:L1/binary, L2, B:L2/binary, 0>>) -> {A, B}.

m2(Bin) -> split_eq(Bin, 0).
split_eq(Bin, N) ->
    case Bin of
        <<K:N/binary, $=, V/binary>> -> {K, V};
        <<_:N/binary>> -> none;
        _ -> split_eq(Bin, N + 1)
    end.

m3(<<A:2/binary, B:3/binary, C/binary>>) -> [A, B, C].

m4(<<A/bits>>) -> {bit_size(A), byte_size(A), is_binary(A), is_bitstring(A)}.

size_from_seg(<<N, Data:N/binary, Rest/binary>>) -> {N, Data, Rest}.
