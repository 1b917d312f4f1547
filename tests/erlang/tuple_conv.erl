-module(tuple_conv).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    [
     tuple_to_list(?MODULE:id({})),
     tuple_to_list(?MODULE:id({1, "two", <<"three">>, [4], {5}, #{6 => 6}})),
     list_to_tuple(?MODULE:id([])),
     list_to_tuple(?MODULE:id([[], [[]]])),
     t(fun() -> tuple_to_list(?MODULE:id([a])) end),
     t(fun() -> list_to_tuple(?MODULE:id({a})) end),
     t(fun() -> list_to_tuple(?MODULE:id([a | b])) end),
     erlang:make_tuple(2, ?MODULE:id({inner})),
     term_to_binary(?MODULE:id({a, {}, [{}]})),
     binary_to_term(term_to_binary(?MODULE:id({1.5, -3, <<1:2>>}))),
     size(?MODULE:id({a, b})), size(?MODULE:id(<<"abc">>)),
     t(fun() -> size(?MODULE:id([])) end),
     tuple_size(list_to_tuple(atom_to_list(?MODULE:id(hello_world)))),
     list_to_tuple(binary_to_list(?MODULE:id(<<1, 2, 3>>))),
     [element(I, ?MODULE:id({x, y, z})) || I <- [3, 2, 1]],
     erlang:tuple_to_list(erlang:append_element(?MODULE:id({1}), [2])),
     {?MODULE:id(a), ?MODULE:id(b)} =:= list_to_tuple([a, b])
    ].
