-module(case_bin_heads).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

%% binary patterns in function heads with several clauses
decode(<<0, Rest/binary>>) -> {nil, Rest};
decode(<<1, V:8/signed, Rest/binary>>) -> {int8, V, Rest};
decode(<<2, V:32/little, Rest/binary>>) -> {int32, V, Rest};
decode(<<3, L:8, S:L/binary, Rest/binary>>) -> {str, S, Rest};
decode(<<4, F:64/float, Rest/binary>>) -> {float, F, Rest};
decode(<<5, N:8, Rest/binary>>) -> decode_list(N, Rest, []);
decode(<<Tag, _/binary>>) -> {bad_tag, Tag};
decode(<<>>) -> eof.

decode_list(0, Rest, Acc) -> {list, lists:reverse(Acc), Rest};
decode_list(N, Bin, Acc) ->
    case decode(Bin) of
        {nil, R} -> decode_list(N - 1, R, [nil | Acc]);
        {_, V, R} -> decode_list(N - 1, R, [V | Acc]);
        Err -> {error, Err}
    end.

decode_all(<<>>) -> [];
decode_all(B) ->
    case decode(B) of
        {nil, R} -> [nil | decode_all(R)];
        {list, L, R} -> [L | decode_all(R)];
        {_, V, R} -> [V | decode_all(R)];
        Err -> [Err]
    end.

%% literal binaries and string prefixes in heads
greet(<<"hello">>) -> exact_hello;
greet(<<"hello ", Name/binary>>) -> {hello, Name};
greet(<<"hi", _/binary>>) -> hi_prefix;
greet(<<H, _/binary>>) when H >= $A, H =< $Z -> capitalized;
greet(_) -> unknown.

%% multiple binary args
cmp(<<A, _/binary>>, <<A, _/binary>>) -> same_first;
cmp(<<_, R/binary>>, <<_, R/binary>>) -> same_rest;
cmp(_, _) -> different.

start() ->
    Enc = <<0, 1, 255, 2, 1, 0, 0, 0, 3, 3, "abc", 4, 2.5/float, 5, 3, 1, 7, 0, 3, 1, "z", 9>>,
    [
     decode_all(?I(Enc)),
     decode(?I(<<3, 10, "short">>)),
     decode(?I(<<2, 1, 2>>)),
     [greet(?I(B)) || B <- [<<"hello">>, <<"hello Bob">>, <<"hello ">>, <<"hiya">>, <<"Yo">>, <<"yo">>, <<>>]],
     [cmp(?I(A), ?I(B)) || {A, B} <- [{<<"ax">>, <<"ay">>}, {<<"xa">>, <<"ya">>}, {<<"a">>, <<"b">>},
                                       {<<>>, <<>>}, {<<1, 2, 3>>, <<9, 2, 3>>}]]
    ].
