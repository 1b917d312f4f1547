-module(case_floats).
-export([start/0, id/1]).

id(X) -> X.

f(0) -> int_zero;
f(0.0) -> float_zero;
f(1) -> int_one;
f(1.0) -> float_one;
f(1.5) -> one_and_half;
f(-2.5) -> neg_two_half;
f(1.0e100) -> googol;
f(X) when X == 3 -> equals_three;
f(X) when is_float(X), X > 100 -> big_float;
f(_) -> other.

g(X) ->
    case X of
        {0.5, Y} when Y =:= 0.5 -> half_half;
        {0.5, _} -> half;
        [1.0 | _] -> list_one_float;
        [1 | _] -> list_one_int;
        #{1.0 := V} -> {map_float_key, V};
        #{1 := V} -> {map_int_key, V};
        _ -> none
    end.

start() ->
    [
     [f(?MODULE:id(X)) || X <- [0, 0.0, 1, 1.0, 1.5, -2.5, 1.0e100, 3, 3.0, 150.0, 150, 2.0, 0.1 + 0.2]],
     [g(?MODULE:id(X)) || X <- [{0.5, 0.5}, {0.5, 1}, [1.0, 2], [1, 2], #{1.0 => a}, #{1 => b},
                                #{1 => c, 1.0 => d}, {1, 0.5}]],
     0.1 + 0.2 =:= 0.3, 0.1 + 0.2 == 0.30000000000000004, 0.5 + 0.25 =:= 0.75,
     1 == 1.0, 1 =:= 1.0, 1 /= 1.0, 1 =/= 1.0,
     (1 bsl 53) == (1 bsl 53) + 0.0, (1 bsl 53) + 1 == (1 bsl 53) + 1.0,
     (1 bsl 53) + 1 < (1 bsl 53) + 1.0, (1 bsl 53) + 1 > (1 bsl 53) + 1.0,
     (1 bsl 1000) > 1.0e300, (1 bsl 1024) > 1.7976931348623157e308
    ].
