-module(list_bifs).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    KL = ?MODULE:id([{a, 1}, {b, 2}, {c, 3, x}, {a, 4}, {1, one}, {1.0, onef}, atom, {}]),
    [
     lists:reverse(?MODULE:id([])),
     lists:reverse(?MODULE:id([1])),
     lists:reverse(?MODULE:id([1, 2, 3])),
     lists:reverse(?MODULE:id([1, 2]), ?MODULE:id([3, 4])),
     lists:reverse(?MODULE:id([1, 2]), ?MODULE:id(tail)),
     lists:reverse(?MODULE:id([]), ?MODULE:id(tail)),
     lists:reverse(?MODULE:id("hello")),
     t(fun() -> lists:reverse(?MODULE:id([1 | 2])) end),
     t(fun() -> lists:reverse(?MODULE:id(foo)) end),
     t(fun() -> lists:reverse(?MODULE:id(foo), []) end),
     lists:keyfind(a, 1, KL),
     lists:keyfind(c, 1, KL),
     lists:keyfind(3, 2, KL),
     lists:keyfind(x, 3, KL),
     lists:keyfind(z, 1, KL),
     lists:keyfind(1, 1, KL),
     lists:keyfind(1.0, 1, KL),
     lists:keyfind(one, 2, KL),
     lists:keyfind(a, 5, KL),
     lists:keyfind(a, 1, ?MODULE:id([])),
     t(fun() -> lists:keyfind(a, 0, KL) end),
     t(fun() -> lists:keyfind(a, 1, ?MODULE:id(notlist)) end),
     t(fun() -> lists:keyfind(a, ?MODULE:id(x), KL) end),
     lists:keymember(b, 1, KL),
     lists:keymember(q, 1, KL),
     lists:keymember(1, 1, KL),
     lists:keymember(2, 2, KL),
     lists:keysearch(b, 1, KL),
     lists:keysearch(q, 1, KL),
     lists:keysearch(4, 2, KL),
     lists:member(a, ?MODULE:id([b, a])),
     lists:member(a, ?MODULE:id([])),
     lists:member(1, ?MODULE:id([1.0])),
     lists:member(1.0, ?MODULE:id([1.0])),
     lists:member([], ?MODULE:id([[]])),
     lists:member({a, b}, ?MODULE:id([{a, b}, c])),
     t(fun() -> lists:member(x, ?MODULE:id([a | b])) end),
     lists:member(a, ?MODULE:id([a | b])),
     t(fun() -> lists:member(x, ?MODULE:id(notlist)) end),
     lists:keyfind(<<"k">>, 1, ?MODULE:id([{<<"j">>, 1}, {<<"k">>, 2}])),
     lists:keyfind([1], 1, ?MODULE:id([{[1], list}])),
     lists:keyfind(#{a => 1}, 1, ?MODULE:id([{#{a => 1}, map}])),
     lists:keyfind(2, 1, ?MODULE:id([{2.0, f}, {2, i}]))
    ].
