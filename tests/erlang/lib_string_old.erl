-module(lib_string_old).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    S = ?MODULE:id("hello world"),
    {string:len(S), string:concat("a", "b"), string:chr(S, $o), string:rchr(S, $o), string:chr(S, $z),
     string:str("abcabc", "bc"), string:rstr("abcabc", "bc"), string:str("abc", ""), string:str("abc", "x"),
     string:span("aabc", "ab"), string:cspan("aabc", "c"), string:substr(S, 2), string:substr(S, 2, 3),
     string:substr("hello", 6), string:substr("hello", 2, 10), string:sub_string(S, 2, 5), string:sub_string(S, 7),
     string:tokens("a,b,,c", ","), string:tokens("", ","), string:tokens(" a  b ", " "),
     string:join(["a", "b", "c"], ", "), string:join([], ", "), string:chars($a, 3), string:chars($a, 3, "x"),
     string:copies("ab", 3), string:copies("ab", 0), string:words("  a b  c "), string:words("a,b", $,),
     string:words(""), string:sub_word(" a b c", 2), string:sub_word("a b c", 5), string:sub_word("a,b", 2, $,),
     string:strip("  a  "), string:strip("xxaxx", left, $x), string:strip("  a  ", right), string:strip("..a..", both, $.),
     string:left("abc", 5), string:left("abcdef", 3), string:left("abc", 5, $.), string:right("abc", 5),
     string:right("abcdef", 3), string:right("abc", 5, $0), string:centre("abc", 7), string:centre("abc", 6),
     string:centre("abcdef", 3), string:centre("abc", 0), string:centre("ab", 5, $*),
     ?E(string:substr("hello", 7)), ?E(string:substr("hello", 0)), ?E(string:sub_string("hello", 4, 2)),
     ?E(string:copies("a", -1)), ?E(string:to_lower(<<"A">>))}.
