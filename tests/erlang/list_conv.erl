-module(list_conv).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    [
     atom_to_list(?MODULE:id(abc)),
     atom_to_list(?MODULE:id('with space')),
     atom_to_list(?MODULE:id('')),
     tuple_to_list(?MODULE:id({})),
     tuple_to_list(?MODULE:id({1, {2}, [3]})),
     binary_to_list(?MODULE:id(<<1, 2, 3>>)),
     binary_to_list(?MODULE:id(<<"abcdef">>), 2, 4),
     t(fun() -> binary_to_list(?MODULE:id(<<"abc">>), 0, 2) end),
     t(fun() -> binary_to_list(?MODULE:id(<<"abc">>), 3, 2) end),
     t(fun() -> binary_to_list(?MODULE:id(<<"abc">>), 1, 4) end),
     binary_to_list(?MODULE:id(<<"abc">>), 2, 2),
     t(fun() -> binary_to_list(?MODULE:id(<<1:3>>)) end),
     bitstring_to_list(?MODULE:id(<<1, 2, 3:4>>)),
     bitstring_to_list(?MODULE:id(<<>>)),
     list_to_bitstring(?MODULE:id([1, <<2:4>>])),
     list_to_bitstring(?MODULE:id([<<1:1>>, [<<1:1>>, <<1:6>>], 7])),
     t(fun() -> list_to_binary(?MODULE:id([<<1:4>>])) end),
     integer_to_list(?MODULE:id(0)),
     integer_to_list(?MODULE:id(-0)),
     integer_to_list(?MODULE:id(1 bsl 100)),
     integer_to_list(?MODULE:id(-(1 bsl 70)), 16),
     integer_to_list(?MODULE:id(123456789), 36),
     t(fun() -> integer_to_list(?MODULE:id(1.0)) end),
     t(fun() -> integer_to_list(?MODULE:id(10), 1) end),
     list_to_integer(?MODULE:id("00000")),
     list_to_integer(?MODULE:id("-1AbCdEf"), 16),
     list_to_integer(?MODULE:id("1111111111111111111111111111111111111111111111111111111111111111111111"), 2),
     t(fun() -> list_to_integer(?MODULE:id("-")) end),
     t(fun() -> list_to_integer(?MODULE:id("1 ")) end),
     t(fun() -> list_to_integer(?MODULE:id(" 1")) end),
     t(fun() -> list_to_integer(?MODULE:id("2"), 2) end),
     list_to_float(?MODULE:id("1.0e10")),
     list_to_float(?MODULE:id("1.0E-10")),
     list_to_float(?MODULE:id("+1.5")),
     t(fun() -> list_to_float(?MODULE:id(".5")) end),
     t(fun() -> list_to_float(?MODULE:id("1e5")) end),
     t(fun() -> list_to_float(?MODULE:id("1.0e400")) end),
     float_to_list(?MODULE:id(0.0)),
     float_to_list(?MODULE:id(-1.0e-300)),
     float_to_list(?MODULE:id(1.0e300), [short]),
     float_to_list(?MODULE:id(123456789.0), [short]),
     float_to_list(?MODULE:id(1.0e15), [short]),
     float_to_list(?MODULE:id(1.0e16), [short]),
     float_to_list(?MODULE:id(0.001), [short]),
     float_to_list(?MODULE:id(0.0001), [short]),
     float_to_list(?MODULE:id(3.14159), [{decimals, 2}]),
     float_to_list(?MODULE:id(2.5), [{decimals, 0}]),
     float_to_list(?MODULE:id(3.5), [{decimals, 0}]),
     float_to_list(?MODULE:id(100.0), [{decimals, 3}, compact]),
     float_to_list(?MODULE:id(-0.5), [{scientific, 0}]),
     number_to_list(?MODULE:id(42)),
     number_to_list(?MODULE:id(4.2)),
     pid_free(list_to_tuple(?MODULE:id([a, b, c]))),
     erlang:integer_to_binary(?MODULE:id(-99)),
     erlang:binary_to_integer(?MODULE:id(<<"-99">>)),
     erlang:binary_to_integer(?MODULE:id(<<"zz">>), 36),
     erlang:float_to_binary(?MODULE:id(0.5)),
     erlang:float_to_binary(?MODULE:id(0.5), [short]),
     erlang:binary_to_float(?MODULE:id(<<"0.5">>)),
     erlang:atom_to_binary(?MODULE:id(hello)),
     erlang:atom_to_binary(?MODULE:id(hello), latin1),
     erlang:binary_to_atom(?MODULE:id(<<"hello">>)),
     t(fun() -> erlang:binary_to_existing_atom(?MODULE:id(<<"nope_not_an_atom_q9z">>), utf8) end)
    ].

number_to_list(N) when is_integer(N) -> integer_to_list(N);
number_to_list(N) when is_float(N) -> float_to_list(N, [short]).

pid_free(T) -> T.
