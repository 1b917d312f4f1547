-module(map_hamt_100k).
-export([start/0, id/1]).

%% 100000-key maps with mixed key types: built by repeated put, by from_list and by merge;
%% every key looked up, updated and removed.

id(X) -> X.

seq(A, B) -> seq(B, A, []).
seq(B, A, Acc) when B < A -> Acc;
seq(B, A, Acc) -> seq(B - 1, A, [B | Acc]).

sum([], Acc) -> Acc;
sum([X | T], Acc) -> sum(T, Acc + X).

key(I) ->
    case I rem 6 of
        0 -> I;
        1 -> I * 1.0;
        2 -> {I, I};
        3 -> <<I:32>>;
        4 -> (1 bsl 80) + I;
        5 -> [I]
    end.

build([], M) -> M;
build([I | T], M) -> build(T, M#{key(I) => I}).

count_found(M, Is) -> count_found(M, Is, 0).
count_found(_, [], N) -> N;
count_found(M, [I | T], N) ->
    K = key(I),
    case M of
        #{K := I} -> count_found(M, T, N + 1);
        _ -> count_found(M, T, N)
    end.

upd([], M) -> M;
upd([I | T], M) -> upd(T, M#{key(I) := -I}).

rem_all([], M) -> M;
rem_all([I | T], M) -> rem_all(T, maps:remove(key(I), M)).

start() ->
    N = ?MODULE:id(100000),
    Is = seq(1, N),
    M = build(Is, #{}),
    F = maps:from_list([{key(I), I} || I <- Is]),
    H1 = build(seq(1, N div 2), #{}),
    H2 = build(seq(N div 2 + 1, N), #{}),
    G = maps:merge(H1, H2),
    U = upd(seqstep(1, N, 2), M),
    R = rem_all(seq(1, N - 10), M),
    [map_size(M), M =:= F, F =:= G, M == G,
     sum(maps:values(M), 0), length(maps:keys(M)), length(maps:to_list(M)),
     count_found(M, Is), count_found(F, lists:reverse(Is)),
     maps:get(key(77777), M), maps:find(key(N + 1), M), maps:find(77777, M),
     sum(maps:values(U), 0), map_size(U),
     map_size(R), R =:= build(seq(N - 9, N), #{}),
     map_size(rem_all(Is, M)),
     map_size(maps:merge(M, F)), maps:merge(M, F) =:= M,
     map_size(M#{a => 1}), map_size(M#{key(5) => 1})
    ].

seqstep(A, B, S) -> [I || I <- seq(A, B), (I - A) rem S =:= 0].
