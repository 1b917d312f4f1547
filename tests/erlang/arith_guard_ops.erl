-module(arith_guard_ops).
-export([start/0, id/1]).

id(X) -> X.

even(X) when X rem 2 =:= 0 -> even;
even(X) when is_integer(X) -> odd.

bits(X) when X band 16#FF =:= 0 -> low_byte_zero;
bits(X) when X bsr 8 > 0 -> has_high_bits;
bits(X) when (bnot X) band 1 =:= 1 -> even_low;
bits(_) -> other.

mix(X, Y) when X * Y > 100, X - Y < 0 -> big_product_x_smaller;
mix(X, Y) when X div Y >= 2 -> x_dominates;
mix(X, Y) when -X =:= Y -> negated;
mix(_, _) -> other.

abs_g(X) when abs(X) > 5 -> far;
abs_g(_) -> near.

start() ->
    {[even(?MODULE:id(X)) || X <- [0, 1, -1, -2, 1 bsl 70, (1 bsl 70) + 1]],
     [bits(?MODULE:id(X)) || X <- [256, 257, 2, 3, 1 bsl 64, -256]],
     [mix(?MODULE:id(X), Y) || {X, Y} <- [{5, 30}, {10, 3}, {3, -3}, {1, 0}, {2, 2}, {a, 1}]],
     [abs_g(?MODULE:id(X)) || X <- [6, -6, 5, -5.5, 0, a]]}.
