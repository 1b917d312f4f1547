-module(list_basic).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    L = ?MODULE:id([1, 2, 3]),
    E = ?MODULE:id([]),
    Imp = ?MODULE:id([1, 2 | 3]),
    [
     hd(L), tl(L), length(L), length(E),
     t(fun() -> hd(E) end),
     t(fun() -> tl(E) end),
     t(fun() -> hd(?MODULE:id(foo)) end),
     t(fun() -> tl(?MODULE:id({1,2})) end),
     t(fun() -> length(Imp) end),
     t(fun() -> length(?MODULE:id(atom)) end),
     t(fun() -> length(?MODULE:id([a | b])) end),
     hd(Imp), tl(Imp), tl(tl(Imp)),
     [0 | L],
     [L | L],
     [E | E],
     is_list(E), is_list(Imp), is_list(?MODULE:id("abc")), is_list(?MODULE:id(<<"abc">>)),
     ?MODULE:id([a | b]),
     [?MODULE:id(x) | ?MODULE:id(y)],
     length(?MODULE:id([[], [[]], [[[]]]])),
     hd(hd(hd(?MODULE:id([[[deep]]])))),
     L =:= [1 | [2 | [3 | []]]],
     ?MODULE:id([1, 2]) == ?MODULE:id([1.0, 2.0]),
     ?MODULE:id([1, 2]) =:= ?MODULE:id([1.0, 2.0]),
     ?MODULE:id([1, 2]) < ?MODULE:id([1, 3]),
     ?MODULE:id([1, 2]) < ?MODULE:id([1, 2, 0]),
     ?MODULE:id([]) < ?MODULE:id([0]),
     ?MODULE:id([a | b]) < ?MODULE:id([a | c]),
     ?MODULE:id([a | b]) < ?MODULE:id([a, b]),
     ?MODULE:id({}) < ?MODULE:id([]),
     ?MODULE:id([]) < ?MODULE:id(<<>>),
     ?MODULE:id(atom) < ?MODULE:id([]),
     erlang:list_to_tuple(L), erlang:tuple_to_list(?MODULE:id({a, b})),
     t(fun() -> list_to_tuple(Imp) end),
     t(fun() -> [X || X <- Imp] end),
     length(lists:reverse(L)),
     erlang:max(L, ?MODULE:id([1, 2])),
     erlang:min(E, L),
     t(fun() -> erlang:length(?MODULE:id([1, 2, 3 | 4])) end),
     hd([?MODULE:id(only)]),
     tl([?MODULE:id(only)])
    ].
