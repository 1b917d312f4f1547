-module(lib_unicode_int).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    [unicode:bin_is_7bit(?MODULE:id(<<"abc">>)),
     unicode:bin_is_7bit(?MODULE:id(<<>>)),
     unicode:bin_is_7bit(?MODULE:id(<<"ab", 200>>)),
     unicode:bin_is_7bit(?MODULE:id(<<1:3>>)),
     unicode:bin_is_7bit(?MODULE:id(abc)),
     unicode:characters_to_list_int(?MODULE:id([<<"a">>, 300]), unicode),
     unicode:characters_to_binary_int(?MODULE:id([<<"a">>, 300]), unicode),
     unicode:characters_to_binary_int(?MODULE:id([<<"a">>, 300]), latin1),
     unicode:characters_to_binary_int(?MODULE:id(<<0, 0, 1, 0>>), utf32),
     t(fun() -> unicode:characters_to_list_int(?MODULE:id(a), unicode) end),
     unicode:characters_to_list(?MODULE:id(<<0, 65, 216, 61, 222, 0>>), utf16),
     unicode:characters_to_list(?MODULE:id(<<65, 0, 61, 216, 0, 222>>), {utf16, little}),
     unicode:characters_to_binary(?MODULE:id([65, 16#1F600]), unicode, {utf32, little}),
     unicode:characters_to_binary(?MODULE:id(<<"h", 233>>), latin1, utf8),
     unicode:characters_to_binary(?MODULE:id([104, 1000]), unicode, latin1),
     unicode:characters_to_list(?MODULE:id(<<"a", 16#C3>>), utf8),
     unicode:characters_to_list(?MODULE:id([<<"a">>, <<255>>]), unicode)].
