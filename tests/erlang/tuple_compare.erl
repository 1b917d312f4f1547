-module(tuple_compare).
-export([start/0, id/1]).

id(X) -> X.

isort([]) -> [];
isort([H | T]) -> insert(H, isort(T)).
insert(X, []) -> [X];
insert(X, [H | T]) when X =< H -> [X, H | T];
insert(X, [H | T]) -> [H | insert(X, T)].

start() ->
    Ts = ?MODULE:id([{3}, {1, 2}, {}, {1, 1}, {0, 0, 0}, {a}, {1.0, 2}, {1, 2.0}, {"s"}, {<<>>},
                     {[]}, {{}}, {1, a}, {1, "a"}, {2}, {-1}, {1.5}]),
    [
     isort(Ts),
     isort([{B, A} || {A, B} <- ?MODULE:id([{1, z}, {2, y}, {3, x}, {4, y}])]),
     [A < B || {A, B} <- ?MODULE:id([{{1}, {1, 1}}, {{2}, {1, 1}}, {{a, b}, {a, c}}, {{1, 2}, {1.0, 3}},
                                       {{1, 2}, {1.0, 2}}, {{}, {}}, {{x}, [x]}, {{x}, x}, {{x}, 1}])],
     [A == B || {A, B} <- ?MODULE:id([{{1}, {1.0}}, {{1, {2}}, {1.0, {2.0}}}, {{a}, {a}}, {{}, {}}])],
     [A =:= B || {A, B} <- ?MODULE:id([{{1}, {1.0}}, {{1, {2}}, {1, {2}}}, {{a}, {a}}])],
     [A =/= B || {A, B} <- ?MODULE:id([{{1}, {1.0}}, {{a}, {a}}])],
     [A /= B || {A, B} <- ?MODULE:id([{{1}, {1.0}}, {{a}, {b}}])],
     erlang:max(?MODULE:id({1, 2}), ?MODULE:id({1, 2.0})),
     erlang:max(?MODULE:id({1, 2.0}), ?MODULE:id({1, 2})),
     erlang:min(?MODULE:id({1, 2}), ?MODULE:id({1, 2.0})),
     erlang:min(?MODULE:id({1, 2.0}), ?MODULE:id({1, 2})),
     {1, 1} < {1, 1, 0},
     {999999999999999999999} < {0, 0},
     {(1 bsl 64)} > {1.0e19},
     {(1 bsl 64)} == {1.8446744073709552e19},
     {(1 bsl 64)} =:= {1.8446744073709552e19}
    ].
