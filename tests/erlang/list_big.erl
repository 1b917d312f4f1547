-module(list_big).
-export([start/0, id/1]).

id(X) -> X.

%% tail-recursive builder (produces descending), reversed afterwards
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).

rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).

last([X]) -> X;
last([_ | T]) -> last(T).

nth(1, [H | _]) -> H;
nth(N, [_ | T]) -> nth(N - 1, T).

count_even([], N) -> N;
count_even([H | T], N) when H rem 2 =:= 0 -> count_even(T, N + 1);
count_even([_ | T], N) -> count_even(T, N).

start() ->
    N1 = ?MODULE:id(100000),
    N2 = ?MODULE:id(1000000),
    L1 = build(N1, []),
    L2 = build(N2, []),
    R2 = lists:reverse(L2),
    R2b = rev(L2, []),
    [
     length(L1), length(L2),
     len(L2, 0),
     sum(L1, 0), sum(L2, 0),
     hd(L2), last(L2), hd(R2), last(R2),
     nth(500000, L2), nth(500000, R2),
     R2 =:= R2b,
     count_even(L2, 0),
     length(L1 ++ L1),
     length(lists:reverse(L1, L1)),
     sum(lists:reverse(L1, [1, 2, 3]), 0),
     lists:member(N2, L2), lists:member(N2 + 1, L2),
     lists:keyfind(99999, 1, [{X, X * 2} || X <- L1]),
     length([X || X <- L2, X rem 3 =:= 0]),
     sum([X * X || X <- L1], 0),
     erlang:length(lists:reverse(L2)) =:= N2,
     big_string()
    ].

big_string() ->
    S = lists:reverse(build_str(200000, [])),
    {length(S), sum(S, 0), list_to_atom(lists:reverse(S, []) -- S)}.

build_str(0, Acc) -> Acc;
build_str(N, Acc) -> build_str(N - 1, [$a + (N rem 26) | Acc]).
