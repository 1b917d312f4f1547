-module(lib_unicode_norm_sweep_bmp).
-export([start/0, id/1]).

%% Every code point of the BMP through the eight unicode:characters_to_nf*/1 functions,
%% 1024 at a time: alone (each followed by a line feed, which ends a grapheme cluster)
%% in a list for the list functions, and next to each other (so that marks combine with
%% what precedes them) in a UTF-8 binary for the binary functions. The result is a hash
%% of the eight results for each block of 1024; lib_unicode_norm_sweep_sup does the
%% planes 1 and 2. (Blocks of 1024 keep it within a 4 MB board.)

id(X) -> X.

start() ->
    [block(?MODULE:id(B)) || B <- lists:seq(16#0000, 16#FC00, 16#400)].

block(First) ->
    CPs = lists:seq(First, First + 16#3FF),
    Sep = lists:append([[C, $\n] || C <- CPs]),
    Bin = unicode:characters_to_binary([C || C <- CPs, C < 16#D800 orelse C > 16#DFFF]),
    Rs = [unicode:characters_to_nfd_list(Sep), unicode:characters_to_nfc_list(Sep),
          unicode:characters_to_nfkd_list(Sep), unicode:characters_to_nfkc_list(Sep),
          unicode:characters_to_nfd_binary(Bin), unicode:characters_to_nfc_binary(Bin),
          unicode:characters_to_nfkd_binary(Bin), unicode:characters_to_nfkc_binary(Bin)],
    {First, erlang:phash2(Rs)}.
