-module(match_repeated).
-export([start/0, id/1]).

id(X) -> X.

same(X, X) -> true;
same(_, _) -> false.

triple(X, X, X) -> all;
triple(X, X, _) -> first_two;
triple(_, X, X) -> last_two;
triple(X, _, X) -> outer;
triple(_, _, _) -> none.

pair({X, X}) -> dup;
pair({X, [X | _]}) -> head_dup;
pair({[X | _], [X | _]}) -> heads_equal;
pair(_) -> no.

in_bin(N, B) ->
    case B of
        <<N, _/binary>> -> first_byte_is_n;
        _ -> no
    end.

size_from_arg(N, B) ->
    case B of
        <<X:N, _/bits>> -> {ok, X};
        _ -> short
    end.

deep({a, [X, {b, X}], X}) -> {deep, X};
deep(_) -> shallow.

map_same(#{a := X, b := X}) -> same_vals;
map_same(#{}) -> diff.

start() ->
    I = fun(X) -> ?MODULE:id(X) end,
    [
     [same(I(A), I(B)) || {A, B} <- [{1, 1}, {1, 1.0}, {a, a}, {[1, 2], [1, 2]}, {{}, {}}, {<<1>>, <<1>>},
                                      {#{k => 1}, #{k => 1}}, {#{k => 1}, #{k => 1.0}}, {0.0, 0.0}, {"a", [97]}]],
     [triple(I(A), I(B), I(C)) || {A, B, C} <- [{1, 1, 1}, {1, 1, 2}, {2, 1, 1}, {1, 2, 1}, {1, 2, 3}, {1, 1.0, 1}]],
     [pair(I(P)) || P <- [{a, a}, {a, [a, b]}, {[x], [x, y]}, {[x], [y]}, {1, 1.0}]],
     [in_bin(I(N), I(B)) || {N, B} <- [{1, <<1, 2>>}, {2, <<1, 2>>}, {1, <<>>}]],
     [size_from_arg(I(N), I(<<255, 0>>)) || N <- [0, 1, 9, 16, 17]],
     [deep(I(D)) || D <- [{a, [1, {b, 1}], 1}, {a, [1, {b, 2}], 1}, {a, [1, {b, 1}], 1.0}]],
     [map_same(I(M)) || M <- [#{a => 1, b => 1}, #{a => 1, b => 2}, #{a => 1, b => 1.0}, #{a => x}]],
     begin {Y, Y} = I({v, v}), Y end,
     begin [Z, Z | _] = I([q, q, r]), Z end,
     try {W, W} = I({1, 2}), W catch error:{badmatch, V} -> {badmatch, V} end
    ].
