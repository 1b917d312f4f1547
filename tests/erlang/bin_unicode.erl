-module(bin_unicode).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    U8 = ?I(<<"añ€😀"/utf8>>),
    [
     unicode:characters_to_binary(U8),
     unicode:characters_to_binary(U8, utf8),
     unicode:characters_to_binary(U8, unicode, utf16),
     unicode:characters_to_binary(U8, utf8, {utf16, big}),
     unicode:characters_to_binary(U8, utf8, {utf32, big}),
     unicode:characters_to_binary(U8, utf8, latin1),
     unicode:characters_to_binary(?I(<<"añ"/utf8>>), utf8, latin1),
     unicode:characters_to_binary(unicode:characters_to_binary(U8, utf8, utf16), utf16, utf8),
     unicode:characters_to_binary(unicode:characters_to_binary(U8, utf8, {utf32, little}), {utf32, little}, utf8),
     unicode:characters_to_binary(?I(<<"abc">>), latin1, utf16),
     unicode:characters_to_binary(?I([<<"ñ"/utf8>>, [16#20AC, <<"x">>]])),
     unicode:characters_to_binary(?I([<<241>>, 16#E9]), latin1),
     unicode:characters_to_binary(?I([<<241>>, 16#E9]), latin1, latin1),
     unicode:characters_to_list(U8),
     unicode:characters_to_list(U8, utf8),
     unicode:characters_to_list(?I(<<0, 0, 0, 97, 0, 1, 246, 0>>), {utf32, big}),
     unicode:characters_to_list(?I(<<97, 0, 0, 0>>), {utf32, little}),
     unicode:characters_to_list(?I([<<"a">>, <<"ñ"/utf8>>, $b])),
     unicode:characters_to_list(?I([<<"a">>, [], [[<<>>]]])),
     unicode:characters_to_list(?I(<<"a", 16#F0, 16#9F>>)),
     unicode:characters_to_list(?I([<<"a", 16#F0>>, <<16#9F, 16#98, 16#80>>])),
     unicode:characters_to_binary(?I([<<"a", 16#E2, 16#82>>, <<16#AC>>])),
     unicode:characters_to_binary(?I(<<"a", 16#E2, 16#82, $b>>)),
     unicode:characters_to_binary(?I([$a, <<16#80>>, $b])),
     unicode:characters_to_binary(?I([$a, 16#D800])),
     unicode:characters_to_binary(?I([1114111, 1114112])),
     unicode:characters_to_binary(?I([256]), unicode, latin1),
     unicode:characters_to_list(?I(<<255, 254>>), utf16),
     unicode:characters_to_list(?I(<<16#DC, 0>>), utf16),
     unicode:characters_to_list(?I(<<0, 0, 16#D8, 0>>), utf32),
     t(fun() -> unicode:characters_to_binary(?I({tuple})) end),
     t(fun() -> unicode:characters_to_binary(?I([a])) end),
     t(fun() -> unicode:characters_to_binary(?I("x"), bogus) end),
     t(fun() -> unicode:characters_to_list(?I([1.5])) end),
     t(fun() -> unicode:characters_to_list(?I([$a | $b])) end),
     t(fun() -> unicode:characters_to_binary(?I(<<1:3>>)) end)
    ].
