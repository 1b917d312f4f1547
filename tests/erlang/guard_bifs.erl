-module(guard_bifs).
-export([start/0, id/1]).

id(X) -> X.

all(X) when abs(X) >= 0, float(X) >= 0.0, round(X) >= 0, trunc(X) >= 0,
            ceil(X) >= 0, floor(X) >= 0 -> numeric;
all(X) when length(X) > 0, hd(X) =/= x, tl(X) =/= x -> list;
all(X) when tuple_size(X) > 0, size(X) > 0, element(1, X) =/= x -> tuple;
all(X) when byte_size(X) > 0, bit_size(X) > 0, size(X) > 0, binary_part(X, 0, 1) =/= <<>> -> binary;
all(X) when map_size(X) > 0, is_map_key(a, X), map_get(a, X) =/= x -> map;
all(X) when node() =:= node(X) -> local_pid;
all(X) when X =:= self() -> self;
all(_) -> other.

start() ->
    Vals = [?MODULE:id(V) || V <- [1, 2.5, -1, [1, 2], {t, 1}, <<"bin">>, #{a => 1}, #{b => 1}, self(), a, {}, <<>>, []]],
    Kinds = [all(V) || V <- Vals],
    Body = [abs(?MODULE:id(-3)), float(?MODULE:id(2)), round(?MODULE:id(2.5)), trunc(?MODULE:id(-2.5)),
            ceil(?MODULE:id(-2.5)), floor(?MODULE:id(-2.5)), length(?MODULE:id([a, b])), hd(?MODULE:id([h | t])),
            tl(?MODULE:id([h | t])), tuple_size(?MODULE:id({1, 2, 3})), size(?MODULE:id({1, 2})), size(?MODULE:id(<<1, 2, 3>>)),
            byte_size(?MODULE:id(<<1:9>>)), bit_size(?MODULE:id(<<1:9>>)), element(2, ?MODULE:id({a, b})),
            map_size(?MODULE:id(#{a => 1})), map_get(a, ?MODULE:id(#{a => 1})), is_map_key(b, ?MODULE:id(#{a => 1})),
            binary_part(?MODULE:id(<<"hello">>), 1, 3), binary_part(?MODULE:id(<<"hello">>), {5, -2}),
            node(?MODULE:id(self())) =:= node(), self() =:= self()],
    {Kinds, Body}.
