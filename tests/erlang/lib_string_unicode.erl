-module(lib_string_unicode).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    S = ?MODULE:id("  Hello, World!  "),
    B = ?MODULE:id(<<"  Hello, World!  ">>),
    U = ?MODULE:id("a\x{DF}\x{FF}\x{B5}z\x{C0}\x{3A3}\x{430}\x{101}"),
    {trims(S, B), searches(S, B), cases(U), graphemes(), pads(), nums(), misc(S, B)}.

trims(S, B) ->
    {string:trim(S), string:trim(B), string:trim(S, leading), string:trim(B, trailing),
     string:trim("xxaxx", both, "x"), string:trim("\r\n a \r\n"), string:trim("aXYbXY", trailing, ["XY"]),
     string:trim("..a..", both, [$.]), string:chomp("ab\r\n"), string:chomp(<<"ab\n\n">>),
     string:chomp("ab\r"), string:is_empty(""), string:is_empty(<<>>), string:is_empty(" ")}.

searches(S, B) ->
    {string:find(S, "o"), string:find(S, "o", trailing), string:find(B, "World"), string:find(S, "xyz"),
     string:find("abc", ""), string:split("a,b,c", ","), string:split("a,b,c", ",", all),
     string:split(<<"a,b,c">>, ",", trailing), string:split("a,,b", ",", all), string:split("abc", ""),
     string:lexemes("a,,b", ","), string:lexemes(<<" a  b ">>, " "), string:lexemes("a\r\nb\nc", ["\r\n", $\n]),
     string:nth_lexeme("a b c", 2, " "), string:nth_lexeme("a b", 5, " "),
     string:replace("abcabc", "b", "XX"), string:replace("abcabc", "b", "XX", all),
     string:replace(<<"abcabc">>, "b", "XX", trailing), string:prefix("foobar", "foo"),
     string:prefix(<<"foobar">>, "bar"), string:take("abc123", "abc"), string:take(<<"abc123">>, "abc"),
     string:take("abc123", "0123456789", true, trailing), string:take("  x", " ", false, leading)}.

cases(U) ->
    {string:uppercase(U), string:lowercase(U), string:casefold(U), string:titlecase(U),
     string:uppercase(<<"abc">>), string:lowercase(<<"ABC">>), string:titlecase("\x{DF}a"),
     string:casefold("\x{DF}A"), string:equal("A", "a", true), string:equal("A", "a"),
     string:equal("ab", <<"ab">>), string:equal("\x{DF}", "SS", true), string:to_upper("a\x{DF}\x{FF}z"),
     string:to_lower("A\x{C0}\x{DE}"), string:to_upper($a), string:to_lower($Z)}.

graphemes() ->
    {string:length("a\r\nb"), string:length(<<"\x{E5}\x{E4}"/utf8>>), string:length("e\x{301}x"),
     string:to_graphemes("a\r\nb"), string:to_graphemes("e\x{301}x"), string:next_grapheme("a\r\nb"),
     string:next_grapheme(<<"ab">>), string:next_grapheme(""), string:next_codepoint(<<"\x{E5}b"/utf8>>),
     string:next_codepoint(<<255>>), string:reverse("abc"), string:reverse("a\r\nb"), string:reverse(<<"abc">>),
     string:slice("abcdef", 2, 3), string:slice(<<"abcdef">>, 2), string:slice("abcd", 10),
     string:slice(<<"abcd">>, 1, infinity), string:slice("e\x{301}xyz", 0, 2), string:find("e\x{301}", "e"),
     string:length("\x{1F1F8}\x{1F1EA}"), string:length("\x{1F44D}\x{1F3FB}"), ?E(string:length(<<255>>))}.

pads() ->
    {string:pad("ab", 5), string:pad(<<"ab">>, 5, both, $-), string:pad("abc", 2), string:pad("ab", 5, leading),
     string:pad("ab", 6, both), string:pad("a", 6, both), string:pad("abc", 3, leading), string:pad("abc", 2, both)}.

nums() ->
    {string:to_integer("123abc"), string:to_integer(<<"-12">>), string:to_integer("abc"), string:to_integer("+12"),
     string:to_integer("  12"), string:to_integer("12.5"), string:to_float("1.5e3x"), string:to_float("1"),
     string:to_float(<<"2.5">>), string:to_float("1.0e"), string:to_float("-1.0e-2abc"), string:to_float("1.e2"),
     string:to_float(".5"), string:to_float("1,5"), string:list_to_integer("12"), string:list_to_float("1.5"),
     string:list_to_integer(a)}.

misc(S, B) ->
    {string:length(S), string:length(B), string:to_graphemes(B), string:reverse(B),
     string:split(S, " ", all), string:lexemes(B, ", !")}.
