-module(case_guards).
-export([start/0, id/1]).

id(X) -> X.

%% guard sequences (;) and guard conjunctions (,)
g1(X) when X > 10, X < 20; X =:= 0 -> in_range_or_zero;
g1(X) when is_atom(X); is_binary(X) -> atom_or_bin;
g1(_) -> other.

%% exceptions inside guards make the guard fail (not crash)
g2(X) when hd(X) > 0 -> pos_head;
g2(X) when element(1, X) =:= tag -> tagged;
g2(X) when X / 0 > 1 -> impossible;
g2(X) when length(X) > 2 -> long_list;
g2(_) -> fallback.

%% exception in first alternative of ; does not prevent second
g3(X) when hd(X) =:= a; is_tuple(X) -> matched;
g3(_) -> no.

%% andalso/orelse in guards
g4(X) when is_integer(X) andalso X rem 2 =:= 0 -> even;
g4(X) when is_integer(X) orelse is_float(X) -> number;
g4(_) -> nan.

%% guard BIFs
g5(X) when abs(X) > 5, trunc(X) =/= 7 -> big;
g5(X) when tuple_size(X) =:= 2 -> pair;
g5(X) when byte_size(X) =:= 3 -> bin3;
g5(X) when map_size(X) > 0 -> nonempty_map;
g5(X) when is_list(X), length(X) =:= 0 -> empty_list;
g5(X) when bit_size(X) =:= 4 -> half_byte;
g5(X) when float(X) =:= 7.0 -> seven;
g5(_) -> unknown.

g6(X, Y) when X =:= Y -> exact;
g6(X, Y) when X == Y -> equal;
g6(X, Y) when X < Y -> less;
g6(_, _) -> greater.

g7(X) when not is_atom(X), not is_list(X) -> neither;
g7(X) when (X =:= a) xor (X =:= b) -> a_or_b;
g7(_) -> something.

g8(X) when is_integer(X), X band 1 =:= 1, X bsr 2 > 0 -> odd_ge4;
g8(X) when is_number(X), X * 2 > 100 -> big_number;
g8(X) when is_function(X, 1) -> fun1;
g8(_) -> other.

start() ->
    I = fun(X) -> ?MODULE:id(X) end,
    [
     [g1(I(X)) || X <- [15, 0, 10, 20, 0.0, a, <<>>, "s"]],
     [g2(I(X)) || X <- [[1], [0, 1, 2], {tag}, {x}, [], 5, [-1, 2]]],
     [g3(I(X)) || X <- [[a], [b], {t}, 5, []]],
     [g4(I(X)) || X <- [2, 3, 1.5, x]],
     [g5(I(X)) || X <- [-10, 7, 7.5, {a, b}, <<"abc">>, #{a => 1}, #{}, [], <<1:4>>, 6, 3]],
     [g6(I(X), I(Y)) || {X, Y} <- [{1, 1}, {1, 1.0}, {1, 2}, {b, a}, {{1}, {1.0}}]],
     [g7(I(X)) || X <- [1, a, b, c, "l"]],
     [g8(I(X)) || X <- [5, 7, 3, 1, 100, 51.0, 50, foo]]
    ].
