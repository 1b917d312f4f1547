-module(map_order).
-export([start/0, id/1]).

id(X) -> X.

isort([]) -> [];
isort([H | T]) -> insert(H, isort(T)).
insert(X, []) -> [X];
insert(X, [H | T]) when X =< H -> [X, H | T];
insert(X, [H | T]) -> [H | insert(X, T)].

start() ->
    Ms = ?MODULE:id([#{b => 1}, #{a => 2}, #{}, #{a => 1, b => 1}, #{a => 1},
                     #{1 => x}, #{1.0 => x}, #{c => 0}, #{a => 1.0}, #{z => 1, y => 2, x => 3}]),
    [
     isort(Ms),
     #{} < #{a => 1},
     #{a => 1} < #{a => 2},
     #{a => 2} < #{b => 1},
     #{b => 1} < #{a => 1, b => 1},
     #{1 => x} < #{1.0 => x},
     #{1.0 => x} < #{1 => x},
     #{1 => x} == #{1.0 => x},
     #{a => 1} == #{a => 1.0},
     #{a => 1} =:= #{a => 1.0},
     #{a => 1} < #{a => 1.0},
     #{a => 1.0} < #{a => 1},
     #{2 => a} < #{1.0 => a},
     #{a => x} < #{b => a},
     #{a => b, c => d} < #{a => c, b => d},
     ?MODULE:id(#{a => 1}) < ?MODULE:id([]),
     ?MODULE:id(#{a => 1}) > ?MODULE:id({a, b, c}),
     ?MODULE:id(#{}) > ?MODULE:id({}),
     ?MODULE:id(#{}) > ?MODULE:id({1, 2, 3, 4, 5, 6}),
     ?MODULE:id(#{}) < ?MODULE:id(<<>>),
     erlang:max(?MODULE:id(#{a => 1}), ?MODULE:id(#{a => 1.0})),
     erlang:min(?MODULE:id(#{a => 1}), ?MODULE:id(#{a => 1.0})),
     erlang:max(?MODULE:id(#{a => 1.0}), ?MODULE:id(#{a => 1})),
     #{k => #{n => 1}} < #{k => #{n => 2}},
     #{[1] => a} < #{[1, 2] => a},
     #{<<1>> => a} < #{a => b},
     #{(1 bsl 70) => a} < #{1.0 => a},
     #{-1 => a} < #{-2.0 => a},
     #{1 => a, 2 => b} < #{1 => a, 2.0 => b},
     maps:keys(?MODULE:id(#{3 => a, 2.0 => b, 1 => c, 0.5 => d, -1 => e, -0.5 => f})),
     maps:to_list(?MODULE:id(#{1.5 => a, 1 => b, 2 => c, (1 bsl 64) => d, 1.0e100 => e})),
     big_compare()
    ].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

big_compare() ->
    A = maps:from_list([{K, K} || K <- seq(1, 40)]),
    B = A#{40 := 41},
    C = maps:remove(40, A),
    D = A#{41 => 0},
    {A < B, B < A, C < A, A < D, A == maps:from_list([{K, K} || K <- lists:reverse(seq(1, 40))]),
     A == B, A =:= A#{1 := 1}, A < A#{1 := 1.0}, A == A#{1 := 1.0}}.
