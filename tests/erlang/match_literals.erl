-module(match_literals).
-export([start/0, id/1]).

id(X) -> X.

lit(42) -> int;
lit(-42) -> neg_int;
lit(42.0) -> float;
lit(18446744073709551616) -> bignum;
lit(-18446744073709551616) -> neg_bignum;
lit($a) -> char_a;
lit('hello world') -> quoted_atom;
lit("str") -> string;
lit(<<"bin">>) -> binary;
lit(<<1:4>>) -> bits;
lit([]) -> nil;
lit({}) -> empty_tuple;
lit(#{}) -> any_map;
lit({1, [2, <<3>>], #{}}) -> complex;
lit(_) -> no.

start() ->
    Inputs = [42, -42, 42.0, 1 bsl 64, -(1 bsl 64), 97, 'hello world', "str", <<"bin">>, <<1:4>>,
              [], {}, #{}, #{a => 1}, {1, [2, <<3>>], #{}}, {1, [2, <<3>>], #{x => y}},
              43, 42.5, 18446744073709551617, "st", <<"bi">>, <<1:5>>, [[]], {{}}],
    [lit(?MODULE:id(I)) || I <- Inputs].
