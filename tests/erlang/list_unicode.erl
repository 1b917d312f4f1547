-module(list_unicode).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    CPs = ?MODULE:id([0, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#E9, 16#20AC]),
    Bin = unicode:characters_to_binary(CPs),
    [
     Bin, byte_size(Bin),
     unicode:characters_to_list(Bin),
     unicode:characters_to_list(Bin) =:= CPs,
     unicode:characters_to_binary(CPs, unicode, utf16),
     unicode:characters_to_binary(CPs, unicode, {utf16, little}),
     unicode:characters_to_binary(CPs, unicode, utf32),
     unicode:characters_to_binary(CPs, unicode, {utf32, little}),
     unicode:characters_to_binary(?MODULE:id([233, 255]), latin1),
     unicode:characters_to_binary(?MODULE:id(<<233, 255>>), latin1),
     unicode:characters_to_binary(?MODULE:id(<<233, 255>>), latin1, utf8),
     unicode:characters_to_binary(?MODULE:id([233, 255]), unicode, latin1),
     unicode:characters_to_binary(?MODULE:id([233, 256, 65]), unicode, latin1),
     unicode:characters_to_list(?MODULE:id(<<233, 255>>), latin1),
     unicode:characters_to_list(?MODULE:id(<<0, 233, 0, 65>>), utf16),
     unicode:characters_to_list(?MODULE:id(<<233, 0, 65, 0>>), {utf16, little}),
     unicode:characters_to_list(?MODULE:id(<<16#D8, 16#3D, 16#DE, 16#00>>), utf16),
     unicode:characters_to_list(?MODULE:id(<<0, 1, 16#F6, 16#00>>), utf32),
     unicode:characters_to_list(?MODULE:id([<<"ab">>, $c, [<<"d">>, [$e]]])),
     unicode:characters_to_binary(?MODULE:id([<<"ab">>, 1000, [<<"d">>, [$e]]])),
     unicode:characters_to_list(?MODULE:id([])),
     unicode:characters_to_binary(?MODULE:id(<<>>)),
     %% invalid inputs
     unicode:characters_to_list(?MODULE:id(<<"ab", 255, "cd">>)),
     unicode:characters_to_list(?MODULE:id(<<"ab", 16#C3>>)),
     unicode:characters_to_binary(?MODULE:id(<<"ab", 16#E2, 16#82>>)),
     unicode:characters_to_binary(?MODULE:id([$a, 16#D800, $b])),
     unicode:characters_to_binary(?MODULE:id([$a, 16#110000])),
     t(fun() -> unicode:characters_to_binary(?MODULE:id([$a, -1])) end),
     t(fun() -> unicode:characters_to_binary(?MODULE:id([$a, foo])) end),
     t(fun() -> unicode:characters_to_list(?MODULE:id(foo)) end),
     unicode:characters_to_binary(?MODULE:id([$a, <<"b", 255>>, $c])),
     unicode:characters_to_list(?MODULE:id(<<16#ED, 16#A0, 16#80>>)),
     unicode:characters_to_list(?MODULE:id(<<16#C0, 16#80>>)),
     unicode:characters_to_list(?MODULE:id(<<16#F4, 16#90, 16#80, 16#80>>)),
     unicode:characters_to_list(?MODULE:id(<<0, 65, 16#D8>>), utf16),
     [C || <<C/utf8>> <= ?MODULE:id(<<"aé€😀"/utf8>>)],
     <<"aé€😀"/utf8>>,
     "aé€😀",
     <<"aé€😀"/utf16>>,
     <<"aé€😀"/utf32-little>>,
     [X || X <- ?MODULE:id("aé€😀"), X > 255],
     t(fun() -> <<(?MODULE:id(16#D800))/utf8>> end),
     t(fun() -> <<(?MODULE:id(16#110000))/utf8>> end),
     t(fun() -> <<(?MODULE:id(-1))/utf16>> end),
     <<(?MODULE:id(16#FFFE))/utf8>>,
     <<(?MODULE:id(16#10FFFF))/utf16-little>>
    ].
