-module(conv_unicode_enc).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

%% unicode:characters_to_binary/3 over every pair of encodings, round trips, lists mixing
%% binaries in a non-UTF-8 encoding, BOM helpers and bad encoding arguments.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

encs() -> [latin1, unicode, utf8, utf16, {utf16, big}, {utf16, little}, utf32, {utf32, big}, {utf32, little}].

start() ->
    Text = ?I([$a, 233, 16#3B1, 16#20AC, 16#1F600, 0, 16#10FFFF, 16#FFFF]),
    Latin = ?I([$a, 233, 0, 255]),
    Pairs = [{I, O, unicode:characters_to_binary(unicode:characters_to_binary(Src, unicode, I), I, O)}
             || I <- encs(), O <- encs(),
                Src <- [case I of latin1 -> Latin; _ -> Text end]],
    Lists = [unicode:characters_to_list(unicode:characters_to_binary(Text, unicode, E), E)
             || E <- encs(), E =/= latin1],
    Mixed = [unicode:characters_to_binary(?I([<<0, 97>>, 98, [<<0, 99>> | <<216, 61, 222, 0>>]]), utf16, utf8),
             unicode:characters_to_list(?I([<<97, 0, 0, 0>>, [[98]], <<0, 246, 1, 0>>]), {utf32, little}),
             unicode:characters_to_binary(?I([<<233>>, [255 | <<"x">>]]), latin1, {utf16, little}),
             unicode:characters_to_binary(?I([]), utf16, utf32),
             unicode:characters_to_binary(?I(<<>>), latin1, latin1)],
    Boms = [unicode:bom_to_encoding(?I(B)) || B <- [<<239, 187, 191, "x">>, <<0, 0, 254, 255>>, <<255, 254, 0, 0>>,
                                                   <<254, 255, 0>>, <<255, 254, 1>>, <<"plain">>, <<>>, <<239, 187>>]],
    ToBom = [unicode:encoding_to_bom(E) || E <- encs()],
    Bad = [t(fun() -> unicode:characters_to_binary(?I("x"), ?I(E)) end)
           || E <- [utf7, {utf8, big}, {utf16, middle}, "utf8", {utf32}]] ++
          [t(fun() -> unicode:characters_to_binary(?I("x"), unicode, ?I(bogus)) end),
           t(fun() -> unicode:characters_to_list(?I("x"), ?I({utf16, big, x})) end),
           t(fun() -> unicode:encoding_to_bom(?I(bogus)) end),
           t(fun() -> unicode:bom_to_encoding(?I(foo)) end),
           t(fun() -> unicode:characters_to_binary(?I([$a, -1]), unicode, latin1) end),
           t(fun() -> unicode:characters_to_binary(?I([$a | $b]), utf16, utf8) end)],
    {Pairs, Lists, Mixed, Boms, ToBom, Bad}.
