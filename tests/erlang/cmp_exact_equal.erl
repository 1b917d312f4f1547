-module(cmp_exact_equal).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pairs = [{1, 1.0}, {{1}, {1.0}}, {[1, 2], [1.0, 2]}, {#{a => 1}, #{a => 1.0}}, {#{1 => a}, #{1.0 => a}},
             {<<1>>, <<1>>}, {"a", [97]}, {"a", <<"a">>}, {a, "a"}, {0, -0.0}, {0.0, -0.0},
             {1 bsl 53, float(1 bsl 53)}, {[[1]], [[1.0]]}, {{a, [1, {2}]}, {a, [1, {2.0}]}},
             {[], []}, {{}, {}}, {#{}, #{}}, {1 bsl 64, 1 bsl 64}, {1 bsl 64, (1 bsl 64) + 0.0}],
    Ops = [{?MODULE:id(A) == B, A /= B, A =:= B, A =/= B} || {A, B} <- Pairs],
    Match = [m(?MODULE:id(X)) || X <- [1, 1.0, {1}, {1.0}, [1], #{k => 1}, #{k => 1.0}]],
    Keys = [maps:get(?MODULE:id(1), #{1 => int, 1.0 => float}), maps:get(?MODULE:id(1.0), #{1 => int, 1.0 => float}),
            maps:is_key(?MODULE:id(1), #{1.0 => x}), map_size(#{1 => a, 1.0 => b}),
            lists:keyfind(?MODULE:id(1), 1, [{1.0, f}, {1, i}]), lists:keymember(?MODULE:id(1.0), 1, [{1, i}])],
    {Ops, Match, Keys}.

m(1) -> int_one;
m({1}) -> tuple_int;
m([1]) -> list_int;
m(#{k := 1}) -> map_int;
m(X) -> {other, X}.
