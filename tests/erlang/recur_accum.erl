-module(recur_accum).
-export([start/0, id/1]).

id(X) -> X.

rle([]) -> [];
rle([H | T]) -> rle(T, H, 1, []).
rle([], C, N, Acc) -> lists:reverse([{C, N} | Acc]);
rle([C | T], C, N, Acc) -> rle(T, C, N + 1, Acc);
rle([H | T], C, N, Acc) -> rle(T, H, 1, [{C, N} | Acc]).

unrle([]) -> [];
unrle([{C, N} | T]) -> dup(C, N, unrle(T)).
dup(_, 0, Acc) -> Acc;
dup(C, N, Acc) -> dup(C, N - 1, [C | Acc]).

words(S) -> words(S, [], []).
words([], [], Acc) -> lists:reverse(Acc);
words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).

join([], _) -> [];
join([W], _) -> W;
join([W | Ws], Sep) -> W ++ Sep ++ join(Ws, Sep).

partition_by(_, [], Yes, No) -> {lists:reverse(Yes), lists:reverse(No)};
partition_by(P, [H | T], Yes, No) ->
    case P(H) of
        true -> partition_by(P, T, [H | Yes], No);
        false -> partition_by(P, T, Yes, [H | No])
    end.

running_sum([], _, Acc) -> lists:reverse(Acc);
running_sum([H | T], S, Acc) -> running_sum(T, S + H, [S + H | Acc]).

int_to_bin_str(0) -> "0";
int_to_bin_str(N) -> int_to_bin_str(N, []).
int_to_bin_str(0, Acc) -> Acc;
int_to_bin_str(N, Acc) -> int_to_bin_str(N bsr 1, [$0 + (N band 1) | Acc]).

chunk([], _, Acc) -> lists:reverse(Acc);
chunk(L, N, Acc) -> {C, R} = take(L, N, []), chunk(R, N, [C | Acc]).
take([], _, Acc) -> {lists:reverse(Acc), []};
take(L, 0, Acc) -> {lists:reverse(Acc), L};
take([H | T], N, Acc) -> take(T, N - 1, [H | Acc]).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    S = ?MODULE:id("aaabccddddde"),
    [
     rle(S), unrle(rle(S)) =:= S, rle(?MODULE:id([])),
     rle(?MODULE:id([1, 1, 1.0, 1.0, x])),
     words(?MODULE:id("  the quick  brown fox ")),
     join(words(?MODULE:id("a b c")), ", "),
     partition_by(fun(X) -> X > 3 end, seq(1, 8), [], []),
     running_sum(seq(1, 10), 0, []),
     [int_to_bin_str(N) || N <- [0, 1, 2, 5, 255, 1024]],
     chunk(seq(1, 10), 3, []),
     length(unrle([{x, 100000}])),
     length(rle(unrle([{a, 50000}, {b, 50000}, {a, 1}])))
    ].
