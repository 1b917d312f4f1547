-module(case_types).
-export([start/0, id/1]).
-record(a, {x}).

id(X) -> X.

type(X) when is_integer(X), X >= 0 -> non_neg_int;
type(X) when is_integer(X) -> neg_int;
type(X) when is_float(X) -> float;
type(X) when is_atom(X), X =:= true; X =:= false -> boolean;
type(X) when is_atom(X) -> atom;
type([]) -> nil;
type([_ | _]) -> cons;
type(X) when is_tuple(X), tuple_size(X) =:= 0 -> empty_tuple;
type(X) when is_tuple(X) -> tuple;
type(X) when is_map(X) -> map;
type(X) when is_binary(X) -> binary;
type(X) when is_bitstring(X) -> bitstring;
type(X) when is_function(X) -> function;
type(_) -> other.

tests(X) ->
    [is_atom(X), is_binary(X), is_bitstring(X), is_boolean(X), is_float(X), is_function(X),
     is_integer(X), is_list(X), is_map(X), is_number(X), is_tuple(X),
     is_pid(X), is_port(X), is_reference(X)].

start() ->
    Vals = [0, 7, -7, 1 bsl 80, -(1 bsl 80), 0.0, -1.5, 1.0e300, true, false, ok, '', [], [1], [a | b],
            "str", {}, {a}, #{}, #{a => 1}, <<>>, <<1>>, <<1:1>>, fun() -> ok end, fun erlang:abs/1],
    [
     [type(?MODULE:id(V)) || V <- Vals],
     [tests(?MODULE:id(V)) || V <- Vals],
     [is_record(?MODULE:id(V), a) || V <- [{a}, {a, 1}, {b}, a, {}]],
     [is_record(?MODULE:id(V), a, 2) || V <- [{a}, {a, 1}, {b, 1}]],
     is_function(fun(_, _) -> ok end, 2),
     [erlang:is_integer(?MODULE:id(X)) || X <- [1, 1.0]]
    ].
