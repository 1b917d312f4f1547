-module(tuple_basic).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    T = ?MODULE:id({a, b, c}),
    E = ?MODULE:id({}),
    [
     element(1, T), element(3, T),
     t(fun() -> element(0, T) end),
     t(fun() -> element(4, T) end),
     t(fun() -> element(1, E) end),
     t(fun() -> element(-1, T) end),
     t(fun() -> element(?MODULE:id(a), T) end),
     t(fun() -> element(1, ?MODULE:id([a])) end),
     t(fun() -> element(1.0, T) end),
     t(fun() -> element(1 bsl 64, T) end),
     setelement(1, T, x), setelement(3, T, x),
     T,
     t(fun() -> setelement(0, T, x) end),
     t(fun() -> setelement(4, T, x) end),
     t(fun() -> setelement(1, E, x) end),
     t(fun() -> setelement(1, ?MODULE:id(foo), x) end),
     tuple_size(T), tuple_size(E), size(T),
     t(fun() -> tuple_size(?MODULE:id([1])) end),
     erlang:make_tuple(3, z), erlang:make_tuple(0, z),
     erlang:make_tuple(5, 0, [{1, a}, {3, c}, {5, e}]),
     erlang:make_tuple(3, 0, [{1, a}, {1, b}]),
     erlang:make_tuple(3, 0, []),
     t(fun() -> erlang:make_tuple(3, 0, [{4, a}]) end),
     t(fun() -> erlang:make_tuple(3, 0, [{0, a}]) end),
     t(fun() -> erlang:make_tuple(-1, z) end),
     t(fun() -> erlang:make_tuple(3, 0, [bad]) end),
     erlang:append_element(T, d), erlang:append_element(E, d),
     t(fun() -> erlang:append_element(?MODULE:id(x), d) end),
     erlang:delete_element(1, T), erlang:delete_element(3, T), erlang:delete_element(2, T),
     erlang:delete_element(1, ?MODULE:id({only})),
     t(fun() -> erlang:delete_element(4, T) end),
     t(fun() -> erlang:delete_element(1, E) end),
     erlang:insert_element(1, T, x), erlang:insert_element(4, T, x), erlang:insert_element(2, T, x),
     erlang:insert_element(1, E, x),
     t(fun() -> erlang:insert_element(5, T, x) end),
     t(fun() -> erlang:insert_element(0, T, x) end),
     list_to_tuple(tuple_to_list(T)),
     {T, E, {E}, {{{}}}},
     T =:= {a, b, c}, T == {a, b, c}, {1, 2} == {1.0, 2}, {1, 2} =:= {1.0, 2},
     {1, 2} < {1, 3}, {2} < {1, 1}, {} < {a}, {z, z} < {a, a, a},
     {a, b} < [a], {9} > 9999999, {1} < {1.0}, {1.0} < {1},
     is_tuple(T), is_tuple(E), is_tuple([T]),
     element(2, {?MODULE:id(1), {nested, ?MODULE:id(2)}}),
     setelement(2, setelement(1, ?MODULE:id({0, 0, 0}), 1), 2),
     tuple_size(erlang:make_tuple(?MODULE:id(7), [])),
     {element(1, ?MODULE:id({1.5})), element(1, ?MODULE:id({<<"b">>}))}
    ].
