-module(list_string).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    S = ?MODULE:id("hello"),
    U = ?MODULE:id("héllo wörld €"),
    [
     S, length(S), hd(S), is_list(S),
     "" =:= [], ?MODULE:id("") =:= ?MODULE:id([]),
     "abc" ++ "def", "a" "b" "c",
     U, length(U), lists:reverse(U),
     [16#1F600, 16#10FFFF, 0, 127, 128, 255, 256, 2047, 2048, 65535, 65536],
     "\n\t\r\\\"\'\0\e\s\d\b\f\v",
     "\x41\x{1F600}\101\7\77",
     [$a, $\n, $\\, $\s, $\x{263A}],
     $a + 1,
     list_to_atom(S),
     atom_to_list(list_to_atom(U)) =:= U,
     atom_to_list(?MODULE:id('héllo')),
     length(atom_to_list(list_to_atom(U))),
     list_to_binary(S),
     t(fun() -> list_to_binary(U) end),
     unicode:characters_to_binary(U),
     unicode:characters_to_list(unicode:characters_to_binary(U)),
     byte_size(unicode:characters_to_binary(U)),
     integer_to_list(?MODULE:id(12345)),
     integer_to_list(?MODULE:id(-255), 16),
     integer_to_list(?MODULE:id(255), 2),
     integer_to_list(?MODULE:id(35), 36),
     list_to_integer(?MODULE:id("-0042")),
     list_to_integer(?MODULE:id("ff"), 16),
     list_to_integer(?MODULE:id("+Zz"), 36),
     t(fun() -> list_to_integer(?MODULE:id("12a")) end),
     t(fun() -> list_to_integer(?MODULE:id("")) end),
     t(fun() -> list_to_integer(?MODULE:id("1"), 37) end),
     list_to_integer(?MODULE:id("123456789012345678901234567890")),
     float_to_list(?MODULE:id(1.5)),
     float_to_list(?MODULE:id(1.5), [{decimals, 3}]),
     float_to_list(?MODULE:id(0.1), [short]),
     float_to_list(?MODULE:id(2.0), [{decimals, 0}]),
     float_to_list(?MODULE:id(123.456), [{scientific, 2}]),
     float_to_list(?MODULE:id(1.0), [{decimals, 4}, compact]),
     list_to_float(?MODULE:id("2.5e3")),
     list_to_float(?MODULE:id("-0.125")),
     t(fun() -> list_to_float(?MODULE:id("1")) end),
     t(fun() -> list_to_float(?MODULE:id("1.")) end),
     list_to_existing_atom(?MODULE:id("hello")),
     t(fun() -> list_to_existing_atom(?MODULE:id("surely_no_such_atom_xyzzy_42")) end),
     t(fun() -> list_to_atom(?MODULE:id([-1])) end),
     t(fun() -> list_to_atom(?MODULE:id([a])) end),
     prefix(?MODULE:id("foobar")),
     prefix(?MODULE:id("bazbar")),
     prefix(?MODULE:id("fo")),
     [C || C <- U, C > 127],
     lists:member($€, U),
     tuple_to_list(list_to_tuple(S)),
     erlang:list_to_tuple(?MODULE:id("ab"))
    ].

prefix("foo" ++ Rest) -> {foo, Rest};
prefix("baz" ++ Rest) -> {baz, Rest};
prefix(Other) -> {other, Other}.
