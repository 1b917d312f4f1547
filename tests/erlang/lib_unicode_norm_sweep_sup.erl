-module(lib_unicode_norm_sweep_sup).
-export([start/0, id/1]).

%% Every code point of the planes 1 and 2 (16#10000..16#2FFFF) through the eight
%% unicode:characters_to_nf*/1 functions, 4096 at a time, as lib_unicode_norm_sweep_bmp
%% does for the BMP: alone (each followed by a line feed, which ends a grapheme cluster)
%% in a list for the list functions, and next to each other in a UTF-8 binary for the
%% binary functions; a hash of the eight results for each block of 4096.

id(X) -> X.

start() ->
    [block(?MODULE:id(B)) || B <- lists:seq(16#10000, 16#2F000, 16#1000)].

block(First) ->
    CPs = lists:seq(First, First + 16#FFF),
    Sep = lists:append([[C, $\n] || C <- CPs]),
    Bin = unicode:characters_to_binary([C || C <- CPs, C < 16#D800 orelse C > 16#DFFF]),
    Rs = [unicode:characters_to_nfd_list(Sep), unicode:characters_to_nfc_list(Sep),
          unicode:characters_to_nfkd_list(Sep), unicode:characters_to_nfkc_list(Sep),
          unicode:characters_to_nfd_binary(Bin), unicode:characters_to_nfc_binary(Bin),
          unicode:characters_to_nfkd_binary(Bin), unicode:characters_to_nfkc_binary(Bin)],
    {First, erlang:phash2(Rs)}.
