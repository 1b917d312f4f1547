-module(lib_binary_hex).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    All = ?MODULE:id(list_to_binary(lists:seq(0, 255))),
    Hex = binary:encode_hex(All),
    [binary:encode_hex(?MODULE:id(<<>>)),
     binary:encode_hex(?MODULE:id(<<1, 255, 16, 171>>)),
     byte_size(Hex),
     binary:decode_hex(Hex) =:= All,
     binary:decode_hex(?MODULE:id(<<"0aFfBc">>)),
     binary:decode_hex(?MODULE:id(<<>>)),
     t(fun() -> binary:encode_hex(?MODULE:id(abc)) end),
     t(fun() -> binary:encode_hex(?MODULE:id(<<1:4>>)) end),
     t(fun() -> binary:decode_hex(?MODULE:id(<<"0aF">>)) end),
     t(fun() -> binary:decode_hex(?MODULE:id(<<"0g">>)) end),
     t(fun() -> binary:decode_hex(?MODULE:id(<<"zz">>)) end),
     t(fun() -> binary:decode_hex(?MODULE:id("0a")) end),
     t(fun() -> binary:decode_hex(?MODULE:id(<<"0a", 1:4>>)) end),
     %% the BIF half of the module, for good measure
     binary:split(?MODULE:id(<<"a,b,,c,">>), [<<",">>], [global, trim_all]),
     binary:split(?MODULE:id(<<"a,b,,c,">>), [<<",">>], [global, trim]),
     binary:split(?MODULE:id(<<"a,b;c">>), [<<",">>, <<";">>], [{scope, {2, 3}}]),
     binary:replace(?MODULE:id(<<"abcab">>), <<"b">>, <<"[]">>, [global, {insert_replaced, 1}]),
     binary:matches(?MODULE:id(<<"abcde">>), [<<"bcd">>, <<"bc">>, <<"e">>]),
     binary:longest_common_prefix([<<"abcd">>, <<"abxy">>, ?MODULE:id(<<"ab">>)]),
     binary:longest_common_suffix([<<"xyz">>, ?MODULE:id(<<"ayz">>)])].
