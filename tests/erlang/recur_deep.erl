-module(recur_deep).
-export([start/0, id/1]).

id(X) -> X.

%% non-tail recursion
sum_to(0) -> 0;
sum_to(N) -> N + sum_to(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

map_sq([]) -> [];
map_sq([H | T]) -> [H * H | map_sq(T)].

depth_tuple(0) -> leaf;
depth_tuple(N) -> {node, depth_tuple(N - 1)}.

count_depth(leaf) -> 0;
count_depth({node, T}) -> 1 + count_depth(T).

append([], L) -> L;
append([H | T], L) -> [H | append(T, L)].

start() ->
    N1 = ?MODULE:id(100000),
    N2 = ?MODULE:id(1000000),
    L = build(N1),
    [
     sum_to(N1),
     sum_to(N2),
     len(build(N2)),
     len(L), hd(L),
     len(map_sq(L)), hd(map_sq(L)),
     count_depth(depth_tuple(N1)),
     len(append(L, L)),
     sum_to(?MODULE:id(10))
    ].
