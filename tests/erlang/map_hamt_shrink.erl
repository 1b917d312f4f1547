-module(map_hamt_shrink).
-export([start/0, id/1]).

%% Removal across the 32-key boundary (trie back to flat) and growth across it again; at
%% every size the map must equal one built from scratch with the same keys.

id(X) -> X.

seq(A, B) -> seq(B, A, []).
seq(B, A, Acc) when B < A -> Acc;
seq(B, A, Acc) -> seq(B - 1, A, [B | Acc]).

key(I) ->
    case I rem 4 of
        0 -> I;
        1 -> I + 0.5;
        2 -> {k, I};
        3 -> <<"key", I:16>>
    end.

build([], M) -> M;
build([I | T], M) -> build(T, M#{key(I) => I}).

%% Removes keys in the given order; after each removal compares with a fresh build.
shrink(M, [], _Left, Acc) -> {M, lists:reverse(Acc)};
shrink(M, [I | T], Left, Acc) ->
    M2 = maps:remove(key(I), M),
    Left2 = [J || J <- Left, J =/= I],
    Fresh = maps:from_list([{key(J), J} || J <- Left2]),
    Same = M2 =:= Fresh,
    Gone = not maps:is_key(key(I), M2),
    Again = maps:remove(key(I), M2) =:= M2,
    shrink(M2, T, Left2, [{map_size(M2), Same andalso Gone andalso Again} | Acc]).

grow(M, [], Acc) -> {M, lists:reverse(Acc)};
grow(M, [I | T], Acc) ->
    M2 = M#{key(I) => I},
    grow(M2, T, [{map_size(M2), M2 =:= build(seq(1, I), #{})} | Acc]).

%% Removes with a map pattern: the key is matched out of the map before removal.
drain(M, []) -> M;
drain(M, [I | T]) ->
    K = key(I),
    #{K := I} = M,
    drain(maps:remove(K, M), T).

start() ->
    M40 = build(seq(1, ?MODULE:id(40)), #{}),
    {Empty, Steps} = shrink(M40, seq(1, 40), seq(1, 40), []),
    {_, Steps2} = shrink(M40, lists:reverse(seq(1, 40)), seq(1, 40), []),
    Mixed = [I || I <- seq(1, 40), I rem 3 =:= 0] ++ [I || I <- seq(1, 40), I rem 3 =/= 0],
    {_, Steps3} = shrink(M40, Mixed, seq(1, 40), []),
    {M50, Grow} = grow(#{}, seq(1, 50), []),
    M200 = build(seq(1, 200), #{}),
    Small = drain(M200, seq(1, 190)),
    {T1, M32} = maps:take(key(33), M200#{key(33) => v} =:= M200#{key(33) := v} andalso build(seq(1, 33), #{})),
    [Empty, Steps, Steps2, Steps3, Grow, map_size(M50),
     Small, map_size(Small), Small =:= build(seq(191, 200), #{}),
     T1, M32 =:= build(seq(1, 32), #{}), map_size(M32),
     maps:remove(nokey, M200) =:= M200,
     map_size(maps:remove(key(1), build(seq(1, 33), #{}))),
     maps:remove(key(1), build(seq(1, 33), #{})) =:= build(seq(2, 33), #{}),
     %% with/without across the boundary, with few and with many keys.
     maps:without([key(I) || I <- seq(1, 150)], M200) =:= build(seq(151, 200), #{}),
     maps:without([key(I) || I <- seq(1, 168)], M200) =:= build(seq(169, 200), #{}),
     maps:without([key(1), key(2), nokey], M200) =:= build(seq(3, 200), #{}),
     maps:without([key(1)], build(seq(1, 33), #{})) =:= build(seq(2, 33), #{}),
     maps:with([key(I) || I <- seq(1, 40)] ++ [nokey], M200) =:= M40,
     maps:with([key(I) || I <- seq(1, 32)], M200) =:= build(seq(1, 32), #{}),
     maps:with([], M200),
     map_size(maps:with(maps:keys(M200), M200)),
     try maps:with(nolist, M200) catch error:E1 -> E1 end,
     try maps:without([a], nomap) catch error:E2 -> E2 end
    ].
