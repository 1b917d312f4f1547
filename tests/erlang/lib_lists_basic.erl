-module(lib_lists_basic).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    L = ?MODULE:id([3, 1, 4, 1, 5, 9, 2, 6]),
    {seq(), nth(L), split(L), misc(L), sums(), zips(), dups(), joins(), prefixes(),
     flat(), enum(), uniqs(), concat()}.

seq() ->
    {lists:seq(1, 10), lists:seq(1, 0), lists:seq(5, 5), lists:seq(-3, 3),
     lists:seq(1, 10, 3), lists:seq(10, 1, -3), lists:seq(1, 1, 0), lists:seq(1, 0, 1),
     lists:seq(0, 20, 7), lists:seq(20, 0, -7),
     ?E(lists:seq(1, -1)), ?E(lists:seq(a, 1)), ?E(lists:seq(1, 2.0)),
     ?E(lists:seq(1, 5, 0)), ?E(lists:seq(5, 1, 1)), ?E(lists:seq(1, -1, 1)),
     ?E(lists:seq(a, 1, 1)), ?E(lists:seq(1, 2, a)), ?E(lists:seq(1, 3, -1)),
     length(lists:seq(1, 100000)), lists:seq(?MODULE:id(576460752303423486), 576460752303423489)}.

nth(L) ->
    {lists:nth(1, L), lists:nth(8, L), ?E(lists:nth(0, L)), ?E(lists:nth(9, L)),
     ?E(lists:nth(a, L)), lists:nthtail(0, L), lists:nthtail(3, L), lists:nthtail(8, L),
     ?E(lists:nthtail(9, L)), ?E(lists:nthtail(-1, L)), ?E(lists:nthtail(0, a)),
     lists:last(L), ?E(lists:last([])), lists:droplast(L), ?E(lists:droplast([])),
     lists:sublist(L, 3), lists:sublist(L, 0), lists:sublist(L, 100), ?E(lists:sublist(L, -1)),
     lists:sublist(L, 2, 3), lists:sublist(L, 8, 5), lists:sublist(L, 9, 5),
     lists:sublist(L, 20, 5), ?E(lists:sublist(L, 0, 1)), ?E(lists:sublist(L, 1, -1)),
     ?E(lists:sublist(a, 1)), lists:sublist([1, 2 | ?MODULE:id(a)], 1)}.

split(L) ->
    {lists:split(0, L), lists:split(3, L), lists:split(8, L), ?E(lists:split(9, L)),
     ?E(lists:split(-1, L)), ?E(lists:split(a, L)), ?E(lists:split(1, a)),
     lists:splitwith(fun(X) -> X < 4 end, L), lists:splitwith(fun(_) -> true end, L),
     lists:partition(fun(X) -> X rem 2 =:= 0 end, L),
     lists:takewhile(fun(X) -> X > 2 end, L), lists:dropwhile(fun(X) -> X > 2 end, L),
     lists:takewhile(fun(X) -> X < 10 end, L), lists:dropwhile(fun(X) -> X < 10 end, L)}.

misc(L) ->
    {lists:reverse(L), lists:reverse(L, [x]), lists:append(L, [a]), lists:append([[1], [], [2, 3]]),
     lists:append([]), lists:append([[a | b]]), ?E(lists:append(a, [1])), lists:append([1], a),
     lists:subtract(L, [1, 9, 7]), lists:delete(1, L), lists:delete(7, L), lists:delete(1.0, L),
     lists:member(9, L), lists:member(9.0, L), lists:max(L), lists:min(L),
     lists:max([a, 1, "s", {}]), lists:min([a, 1, "s", {}]), ?E(lists:max([])), ?E(lists:min([])),
     lists:duplicate(3, x), lists:duplicate(0, x), ?E(lists:duplicate(-1, x)),
     ?E(lists:duplicate(a, x))}.

sums() ->
    {lists:sum([]), lists:sum([1, 2, 3]), lists:sum([1, 2.5]), ?E(lists:sum([1, a])),
     lists:sum(lists:seq(1, 1000)), lists:sum([1 bsl 70, 1 bsl 70]), ?E(lists:sum(a))}.

zips() ->
    {lists:zip([1, 2, 3], [a, b, c]), ?E(lists:zip([1], [])), lists:zip([], []),
     lists:unzip([{1, a}, {2, b}]), lists:unzip([]), ?E(lists:unzip([{1, 2, 3}])),
     lists:zip3([1, 2], [a, b], [x, y]), lists:unzip3([{1, a, x}, {2, b, y}]),
     lists:zipwith(fun(X, Y) -> X * Y end, [1, 2, 3], [4, 5, 6]),
     lists:zipwith3(fun(X, Y, Z) -> X + Y + Z end, [1, 2], [3, 4], [5, 6]),
     ?E(lists:zipwith(fun(X, Y) -> X * Y end, [1, 2], [4])),
     ?E(lists:zipwith(a, [], []))}.

dups() ->
    {lists:usort([b, a, c, a, b]), lists:usort([]), lists:usort([x]),
     lists:umerge([1, 3, 5], [2, 3, 4]), lists:merge([1, 3, 5], [2, 3, 4]),
     lists:merge([[1, 4], [2, 5], [3, 6]]), lists:umerge([[1, 4], [1, 5], [4, 6]]),
     lists:merge3([1, 5], [2, 4], [3, 6]), lists:umerge3([1, 5], [1, 4], [4, 6])}.

joins() ->
    {lists:join(", ", ["a", "b", "c"]), lists:join(x, []), lists:join(x, [a]),
     ?E(lists:join(x, a)), ?E(lists:join(x, [a | b]))}.

prefixes() ->
    {lists:prefix([1, 2], [1, 2, 3]), lists:prefix([], [1]), lists:prefix([2], [1, 2]),
     lists:prefix([1, 2, 3], [1, 2]), lists:suffix([2, 3], [1, 2, 3]), lists:suffix([], []),
     lists:suffix([1], [1, 2]), lists:suffix([1, 2, 3, 4], [3, 4]), ?E(lists:prefix(a, [1]))}.

flat() ->
    {lists:flatten([1, [2, [3, [4, []]]], [], [[[5]]]]), lists:flatten([], []),
     lists:flatten([a, [b]], [c, [d]]), lists:flatlength([1, [2, [3, 4]], [], 5]),
     ?E(lists:flatten(a)), ?E(lists:flatten([1], a)), lists:flatten(["ab", [$c | "d"]]),
     lists:flatmap(fun(X) -> [X, X] end, [1, 2, 3]), lists:flatmap(fun(_) -> [] end, [1, 2]),
     ?E(lists:flatmap(fun(X) -> X end, [a]))}.

enum() ->
    {lists:enumerate([a, b, c]), lists:enumerate(0, [a, b]), lists:enumerate(-5, [a, b]),
     lists:enumerate([]), ?E(lists:enumerate(a)), ?E(lists:enumerate(1.0, [a]))}.

uniqs() ->
    {lists:uniq([3, 1, 3, 2, 1, 1.0]), lists:uniq([]),
     lists:uniq(fun(X) -> X rem 3 end, [1, 2, 3, 4, 5, 6, 7]),
     lists:uniq(fun({K, _}) -> K end, [{a, 1}, {b, 2}, {a, 3}]),
     ?E(lists:uniq(a)), ?E(lists:uniq(a, [])), ?E(lists:uniq(fun(X) -> X end, a))}.

concat() ->
    {lists:concat([a, "b", 1, c]), lists:concat([]), lists:concat(["x", 'y z', 42, -7]),
     ?E(lists:concat([{a}])), ?E(lists:concat(a))}.
