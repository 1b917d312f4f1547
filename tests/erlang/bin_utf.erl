-module(bin_utf).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cs = [?I(C) || C <- [0, $a, 16#7F, 16#80, 16#E9, 16#7FF, 16#800, 16#20AC, 16#D7FF, 16#E000, 16#FFFD, 16#FFFF, 16#10000, 16#1F600, 16#10FFFF]],
    [
     [<<C/utf8>> || C <- Cs],
     [<<C/utf16>> || C <- Cs],
     [<<C/utf16-little>> || C <- Cs],
     [<<C/utf32>> || C <- Cs],
     [<<C/utf32-little>> || C <- Cs],
     [begin <<X/utf8>> = <<C/utf8>>, X end || C <- Cs] =:= Cs,
     [begin <<X/utf16>> = <<C/utf16>>, X end || C <- Cs] =:= Cs,
     [begin <<X/utf16-little>> = <<C/utf16-little>>, X end || C <- Cs] =:= Cs,
     [begin <<X/utf32>> = <<C/utf32>>, X end || C <- Cs] =:= Cs,
     [begin <<X/utf32-little>> = <<C/utf32-little>>, X end || C <- Cs] =:= Cs,
     [t(fun() -> <<C/utf8>> end) || C <- [?I(-1), ?I(16#D800), ?I(16#DFFF), ?I(16#110000), ?I(a), ?I(1.0)]],
     [t(fun() -> <<C/utf16>> end) || C <- [?I(-1), ?I(16#D800), ?I(16#110000)]],
     [t(fun() -> <<C/utf32>> end) || C <- [?I(-1), ?I(16#DC00), ?I(16#110000)]],
     [dec8(B) || B <- [?I(<<16#C0, 16#80>>), ?I(<<16#C1, 16#BF>>), ?I(<<16#E0, 16#80, 16#80>>),
                       ?I(<<16#ED, 16#A0, 16#80>>), ?I(<<16#F4, 16#90, 16#80, 16#80>>),
                       ?I(<<16#F8, 16#88, 16#80, 16#80, 16#80>>), ?I(<<16#80>>), ?I(<<16#C3>>),
                       ?I(<<16#E2, 16#82>>), ?I(<<16#C3, 16#A9>>), ?I(<<16#FF>>), ?I(<<16#EF, 16#BF, 16#BF>>),
                       ?I(<<16#F0, 16#9F, 16#98, 16#80>>), ?I(<<>>)]],
     [dec16(B) || B <- [?I(<<16#D8, 16#00, 16#DC, 16#00>>), ?I(<<16#D8, 16#00>>), ?I(<<16#DC, 16#00>>),
                        ?I(<<16#D8, 16#00, 16#00, 16#41>>), ?I(<<16#00>>), ?I(<<16#FF, 16#FE>>)]],
     [dec32(B) || B <- [?I(<<0, 0, 16#D8, 0>>), ?I(<<0, 16#11, 0, 0>>), ?I(<<0, 0, 0, 65>>), ?I(<<0, 0, 65>>)]],
     all8(?I(<<"Grüße, 世界! 😀"/utf8>>)),
     all16(?I(<<"Grüße, 世界! 😀"/utf16>>)),
     all32l(?I(<<"Grüße, 世界! 😀"/utf32-little>>)),
     <<"abc"/utf16>>, <<"é"/utf32>>, <<"€"/utf16-little>>,
     byte_size(<<"😀😀"/utf8>>),
     <<"é€x">>,
     begin <<A/utf8, B/utf8, Rest/binary>> = ?I(<<"é€x"/utf8>>), {A, B, Rest} end,
     begin <<_:4, C1/utf8, _:4>> = ?I(<<0:4, 16#20AC/utf8, 0:4>>), C1 end,
     t(fun() -> <<_/utf8, _/binary>> = ?I(<<16#FF, 1>>) end)
    ].

dec8(<<C/utf8, R/binary>>) -> {C, R};
dec8(B) -> {invalid, B}.
dec16(<<C/utf16, R/binary>>) -> {C, R};
dec16(B) -> {invalid, B}.
dec32(<<C/utf32, R/binary>>) -> {C, R};
dec32(B) -> {invalid, B}.

all8(<<C/utf8, R/binary>>) -> [C | all8(R)];
all8(<<>>) -> [].
all16(<<C/utf16, R/binary>>) -> [C | all16(R)];
all16(<<>>) -> [].
all32l(<<C/utf32-little, R/binary>>) -> [C | all32l(R)];
all32l(<<>>) -> [].
