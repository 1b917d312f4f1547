-module(bin_binary_funs).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = ?I(<<"abcdefgh">>),
    [
     binary:part(B, 0, 3), binary:part(B, 3, 0), binary:part(B, 8, 0), binary:part(B, 8, -3),
     binary:part(B, {2, 3}), binary:part(B, {5, -5}),
     t(fun() -> binary:part(B, 7, 2) end),
     t(fun() -> binary:part(B, 9, 0) end),
     t(fun() -> binary:part(B, 2, -3) end),
     t(fun() -> binary:part(B, -1, 1) end),
     t(fun() -> binary:part(?I(<<1:3>>), 0, 0) end),
     binary_part(B, 1, 2), binary_part(B, {8, -8}),
     t(fun() -> binary_part(B, {0, 9}) end),
     binary:replace(B, <<"cd">>, <<"XY">>),
     binary:replace(?I(<<"aXbXc">>), <<"X">>, <<"--">>, [global]),
     binary:replace(?I(<<"aXbXc">>), <<"X">>, <<>>, [global]),
     binary:replace(?I(<<"aXbXc">>), <<"X">>, <<"[]">>, [{insert_replaced, 1}]),
     binary:replace(?I(<<"aXbXc">>), <<"X">>, <<"[]">>, [global, {insert_replaced, [1, 1]}]),
     binary:replace(?I(<<"aXbYc">>), [<<"X">>, <<"Y">>], <<"_">>, [global]),
     binary:replace(?I(<<"none">>), <<"X">>, <<"_">>),
     t(fun() -> binary:replace(B, <<>>, <<"x">>) end),
     binary:copy(?I(<<"ab">>)), binary:copy(?I(<<"ab">>), 3), binary:copy(?I(<<"ab">>), 0),
     binary:copy(?I(<<>>), 5),
     t(fun() -> binary:copy(?I(<<"ab">>), -1) end),
     binary:at(B, 0), binary:at(B, 7),
     t(fun() -> binary:at(B, 8) end),
     t(fun() -> binary:at(B, -1) end),
     binary:first(B), binary:last(B),
     t(fun() -> binary:first(?I(<<>>)) end),
     t(fun() -> binary:last(?I(<<>>)) end),
     binary:bin_to_list(B), binary:bin_to_list(B, {2, 3}), binary:bin_to_list(B, 1, 2),
     binary:bin_to_list(B, {8, -2}),
     t(fun() -> binary:bin_to_list(B, {7, 5}) end),
     binary:list_to_bin(?I([1, [2, <<3>>], "ab"])),
     t(fun() -> binary:list_to_bin(?I([256])) end),
     binary:decode_unsigned(?I(<<1, 0>>)), binary:decode_unsigned(?I(<<1, 0>>), little),
     binary:decode_unsigned(?I(<<>>)),
     binary:decode_unsigned(?I(<<255, 255, 255, 255, 255, 255, 255, 255, 255>>)),
     binary:decode_unsigned(?I(<<0, 0, 1>>), big),
     binary:encode_unsigned(?I(0)), binary:encode_unsigned(?I(256)), binary:encode_unsigned(?I(256), little),
     binary:encode_unsigned(?I(1 bsl 80)),
     binary:encode_unsigned(?I(16#123456), little),
     t(fun() -> binary:encode_unsigned(?I(-1)) end),
     binary:decode_unsigned(binary:encode_unsigned(?I(123456789012345678901234567890))),
     split_binary(B, 0), split_binary(B, 8), split_binary(B, 3),
     t(fun() -> split_binary(B, 9) end),
     t(fun() -> split_binary(B, -1) end),
     split_binary(?I(<<1, 2, 3:4>>), 2),
     t(fun() -> split_binary(?I(<<1, 2, 3:4>>), 3) end)
    ].
