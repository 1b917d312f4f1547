-module(list_deep).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

flatten([], Tail) -> Tail;
flatten([H | T], Tail) when is_list(H) -> flatten(H, flatten(T, Tail));
flatten([H | T], Tail) -> [H | flatten(T, Tail)].

depth([]) -> 1;
depth([H | T]) when is_list(H) -> max(depth(H) + 1, depth(T));
depth([_ | T]) -> depth(T);
depth(_) -> 0.

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, [Acc]).

unnest([X]) -> unnest(X) + 1;
unnest(_) -> 0.

improper_len([_ | T], N) -> improper_len(T, N + 1);
improper_len([], N) -> {proper, N};
improper_len(Tail, N) -> {improper, N, Tail}.

start() ->
    D = ?MODULE:id([1, [2, [3, [4, [5]]]], [], [[[]]], 6]),
    I = ?MODULE:id([a, b | c]),
    [
     flatten(D, []),
     depth(D),
     length(D),
     unnest(nest(?MODULE:id(10000), x)),
     unnest(nest(?MODULE:id(100), [])),
     improper_len(I, 0),
     improper_len(?MODULE:id([1, 2, 3]), 0),
     improper_len(?MODULE:id([1 | {x}]), 0),
     improper_len(?MODULE:id([1, 2 | <<3>>]), 0),
     improper_len(?MODULE:id([[] | []]), 0),
     iolist_size(?MODULE:id([1, [2, <<3, 4>>], [[[5]]] | <<6>>])),
     iolist_to_binary(?MODULE:id([$a, [$b, <<"cd">>], [[[$e]]] | <<"f">>])),
     t(fun() -> iolist_size(?MODULE:id([1 | 2])) end),
     t(fun() -> iolist_to_binary(?MODULE:id([256])) end),
     t(fun() -> iolist_to_binary(?MODULE:id([-1])) end),
     t(fun() -> iolist_to_binary(?MODULE:id([a])) end),
     iolist_to_binary(?MODULE:id([])),
     iolist_to_binary(?MODULE:id(<<"bin">>)),
     list_to_binary(?MODULE:id([[], [[], []], <<>>])),
     erlang:list_to_binary(?MODULE:id([<<1>>, 2 | <<3>>])),
     D == ?MODULE:id([1, [2, [3, [4, [5]]]], [], [[[]]], 6]),
     I =:= [a, b | c],
     [H || [H | _] <- ?MODULE:id([[1, 2], [], [3], x, [4 | 5]])],
     [T || [_ | T] <- ?MODULE:id([[1, 2], [], [3], x, [4 | 5]])],
     case I of [_, _ | Tail] -> Tail end,
     case ?MODULE:id([[[x]]]) of [[[Y]]] -> Y end,
     t(fun() -> [_, _, _] = ?MODULE:id([1, 2 | 3]) end),
     tuple_size(list_to_tuple(flatten(nest(?MODULE:id(50), [a, b]), [])))
    ].
