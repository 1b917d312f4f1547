-module(tuple_match).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

classify({}) -> empty;
classify({X}) -> {one, X};
classify({X, X}) -> {pair_same, X};
classify({X, Y}) -> {pair, X, Y};
classify({_, _, _}) -> triple;
classify({ok, {value, V}, _, _}) -> {okval, V};
classify(T) when is_tuple(T), tuple_size(T) > 4 -> {big, tuple_size(T)};
classify(T) when is_tuple(T) -> {other, T};
classify(_) -> not_tuple.

swap({A, B}) -> {B, A}.

deep({a, {b, {c, {d, X}}}}) -> X;
deep({a, {b, {c, _}}}) -> short;
deep(_) -> nope.

area({circle, R}) -> 3 * R * R;
area({rect, W, H}) -> W * H;
area({square, S}) -> area({rect, S, S});
area({tri, B, H}) -> B * H div 2.

start() ->
    [
     classify(?MODULE:id({})),
     classify(?MODULE:id({1})),
     classify(?MODULE:id({1, 1})),
     classify(?MODULE:id({1, 1.0})),
     classify(?MODULE:id({1, 2})),
     classify(?MODULE:id({1, 2, 3})),
     classify(?MODULE:id({ok, {value, 9}, x, y})),
     classify(?MODULE:id({ok, {other, 9}, x, y})),
     classify(?MODULE:id({1, 2, 3, 4, 5, 6})),
     classify(?MODULE:id([1])),
     swap(?MODULE:id({l, r})),
     t(fun() -> swap(?MODULE:id({l, r, x})) end),
     deep(?MODULE:id({a, {b, {c, {d, found}}}})),
     deep(?MODULE:id({a, {b, {c, {e, found}}}})),
     deep(?MODULE:id({a, {b, {c}}})),
     [area(S) || S <- ?MODULE:id([{circle, 2}, {rect, 3, 4}, {square, 5}, {tri, 3, 5}])],
     t(fun() -> area(?MODULE:id({hex, 1})) end),
     begin {A, {B, C}} = ?MODULE:id({1, {2, 3}}), A + B + C end,
     t(fun() -> {_, _} = ?MODULE:id({1, 2, 3}) end),
     t(fun() -> {X, X} = ?MODULE:id({1, 2}) end),
     begin {X, X} = ?MODULE:id({same, same}), X end,
     begin T = {_, Y} = ?MODULE:id({p, q}), {T, Y} end,
     case ?MODULE:id({error, {reason, 42}}) of
         {ok, V} -> {ok, V};
         {error, {reason, N}} when N > 40 -> {big_error, N};
         {error, _} -> error
     end,
     case ?MODULE:id({1, 2.0}) of
         {1, 2} -> int_pattern;
         {1, 2.0} -> float_pattern
     end,
     case ?MODULE:id({<<"key">>, [1, 2]}) of
         {<<"key">>, [H | _]} -> {bin_key, H}
     end,
     [E || {E} <- ?MODULE:id([{1}, {2, 3}, {4}, 5, {}])],
     [{K, V} || {K, V} <- ?MODULE:id([{a, 1}, {b, 2, 3}, {c, 4}])],
     element(2, ?MODULE:id({x, y})) =:= y
    ].
