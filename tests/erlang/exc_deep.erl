-module(exc_deep).
-export([start/0, id/1]).

id(X) -> X.

down(0, Kind) -> raise(Kind);
down(N, Kind) -> 1 + down(N - 1, Kind).

raise(throw) -> throw(?MODULE:id(deep_throw));
raise(error) -> error(?MODULE:id(deep_error));
raise(exit) -> exit(?MODULE:id(deep_exit));
raise(arith) -> ?MODULE:id(1) / 0;
raise(none) -> 0.

catch_at(N, Depth, Kind) when N =:= Depth -> try down(N, Kind) catch C:R -> {caught_at, N, C, R} end;
catch_at(N, Depth, Kind) -> [catch_at(N + 1, Depth, Kind)].

find(_, []) -> not_found;
find(X, [X | _]) -> throw({found, X});
find(X, [H | T]) when is_list(H) -> find(X, H), find(X, T);
find(X, [_ | T]) -> find(X, T).

search(X, Tree) -> try find(X, Tree) catch throw:{found, Y} -> {found, Y} end.

count_frames(0) -> throw(counted);
count_frames(N) -> try count_frames(N - 1) after put(unwound, get(unwound) + 1) end.

start() ->
    Kinds = [throw, error, exit, arith, none],
    Deep = [try down(?MODULE:id(10000), K) catch C:R -> {C, R} end || K <- Kinds],
    Catch = [catch down(?MODULE:id(5000), throw), element(1, catch down(?MODULE:id(100), exit))],
    At = catch_at(0, ?MODULE:id(50), error),
    Tree = ?MODULE:id([1, [2, [3, [4, [5, deep]]]], 6]),
    Search = [search(deep, Tree), search(6, Tree), search(missing, Tree)],
    put(unwound, 0),
    Counted = (catch count_frames(?MODULE:id(1000))),
    Unwound = erase(unwound),
    {Deep, Catch, depth(At, 0), Search, Counted, Unwound}.

depth([X], N) -> depth(X, N + 1);
depth(X, N) -> {N, X}.
