-module(tuple_nested).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% nested tuple access by path
get_path([], T) -> T;
get_path([I | Is], T) -> get_path(Is, element(I, T)).

set_path([I], V, T) -> setelement(I, T, V);
set_path([I | Is], V, T) -> setelement(I, T, set_path(Is, V, element(I, T))).

count_leaves(T) when is_tuple(T) -> sum([count_leaves(E) || E <- tuple_to_list(T)]);
count_leaves(_) -> 1.

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

flatten_t(T) when is_tuple(T) -> lists:reverse(flat(tuple_to_list(T), []));
flatten_t(X) -> [X].
flat([], Acc) -> Acc;
flat([H | T], Acc) when is_tuple(H) -> flat(T, flat(tuple_to_list(H), Acc));
flat([H | T], Acc) -> flat(T, [H | Acc]).

build(0) -> leaf;
build(N) -> {build(N - 1), N, build(N - 1)}.

depth(leaf) -> 0;
depth({L, _, R}) -> 1 + max(depth(L), depth(R)).

start() ->
    T = ?MODULE:id({a, {b, {c, d}, e}, {f, {g, {h, i}}}}),
    B = build(?MODULE:id(12)),
    [
     get_path([2, 2, 1], T),
     get_path([3, 2, 2, 2], T),
     set_path([3, 2, 2, 2], z, T),
     set_path([1], new, T),
     t(fun() -> get_path([2, 5], T) end),
     t(fun() -> get_path([1, 1], T) end),
     count_leaves(T),
     flatten_t(T),
     count_leaves(B), depth(B),
     element(2, B),
     element(2, element(1, element(3, B))),
     B =:= build(12),
     setelement(2, B, x) =:= B,
     tuple_size(element(1, B)),
     {{{{{{{{{{deep}}}}}}}}}} =:= ?MODULE:id({{{{{{{{{{deep}}}}}}}}}}),
     get_path([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], ?MODULE:id({{{{{{{{{{deep}}}}}}}}}}))
    ].
