-module(guard_type_tests).
-export([start/0, id/1]).

id(X) -> X.

vals() ->
    [0, -5, 1 bsl 80, 1.5, -0.0, a, true, [], [1], "s", [a | b], {}, {a, b}, #{}, #{k => v},
     <<>>, <<1, 2>>, <<1:3>>, make_ref(), self(), fun() -> ok end, fun ?MODULE:id/1].

row(X) ->
    [b(is_atom(X)), b(is_binary(X)), b(is_bitstring(X)), b(is_boolean(X)), b(is_float(X)),
     b(is_function(X)), b(is_integer(X)), b(is_list(X)), b(is_map(X)), b(is_number(X)),
     b(is_pid(X)), b(is_port(X)), b(is_reference(X)), b(is_tuple(X))].

b(true) -> 1;
b(false) -> 0.

g(X) when is_integer(X), X >= 0 -> nonneg_int;
g(X) when is_integer(X) -> neg_int;
g(X) when is_float(X) -> float;
g(X) when is_boolean(X) -> bool;
g(X) when is_atom(X) -> atom;
g(X) when is_binary(X) -> binary;
g(X) when is_bitstring(X) -> bitstring;
g(X) when is_list(X), X =/= [] -> nonempty_list;
g(X) when is_list(X) -> nil;
g(X) when is_map(X) -> map;
g(X) when is_tuple(X) -> tuple;
g(X) when is_pid(X) -> pid;
g(X) when is_reference(X) -> ref;
g(X) when is_function(X) -> function;
g(_) -> other.

start() ->
    Vals = ?MODULE:id(vals()),
    Rows = [row(X) || X <- Vals],
    Guards = [g(X) || X <- Vals],
    Erl = [erlang:is_atom(?MODULE:id(X)) || X <- [a, 1]],
    Apply = [erlang:apply(erlang, F, [?MODULE:id(X)]) || F <- [is_atom, is_list, is_tuple], X <- [a, [], {}]],
    {Rows, Guards, Erl, Apply}.
