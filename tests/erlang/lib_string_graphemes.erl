-module(lib_string_graphemes).
-export([start/0, id/1]).

%% string's grapheme clusters follow OTP's rules (unicode_norm:gc/1): Hangul syllables
%% and jamo, prepended concatenation marks, spacing marks, emoji sequences, regional
%% indicators, controls.

id(X) -> X.

strings() ->
    ["\x{1100}\x{1161}\x{11A8}", "\x{1100}\x{1100}\x{1161}\x{AC00}\x{11A8}\x{AC01}\x{1161}",
     "\x{AC00}\x{1161}\x{11A8}\x{11A8}x", "\x{A960}\x{D7B0}\x{D7CB}", "\x{1161}\x{1100}",
     "\x{600}1\x{600}\n\x{605}", "\x{915}\x{93F}\x{94D}\x{937}", "\x{E01}\x{E33}\x{E33}",
     "\x{B47}\x{B3E}", "a\x{903}\x{200D}\x{301}", "\x{1F469}\x{1F3FD}\x{200D}\x{1F4BB}x",
     "\x{1F3F3}\x{FE0F}\x{200D}\x{1F308}", "\x{1F1EB}\x{1F1F7}\x{1F1E9}\x{1F1EA}\x{1F1EC}",
     "\x{A9}\x{200D}\x{A9}", "a\x{200D}\x{A9}", "\r\n\r\r\n\n", "\n\x{301}\x{302}", "\x{AD}\x{301}",
     "\x{1F600}\x{E0020}\x{E007F}", "e\x{301}\x{E0100}", "\x{D7A3}\x{11C2}", "abc", ""].

start() ->
    Ss = [?MODULE:id(S) || S <- strings()],
    Bs = [unicode:characters_to_binary(S) || S <- Ss],
    {[string:to_graphemes(S) || S <- Ss],
     [string:length(S) || S <- Ss ++ Bs],
     [string:reverse(S) || S <- Ss],
     [string:slice(S, 1, 2) || S <- Ss ++ Bs],
     [string:next_grapheme(S) || S <- Ss ++ Bs]}.
