-module(map_hamt_mixed).
-export([start/0, id/1]).

%% Maps of 33, 64 and 1000 keys of mixed types (integers, floats, 1 vs 1.0, atoms, tuples,
%% binaries and sub-binaries, bignums, lists, small maps). OTP iterates big maps in its own
%% order, so every result is sorted or an aggregate.

id(X) -> X.

seq(A, B) -> seq(B, A, []).
seq(B, A, Acc) when B < A -> Acc;
seq(B, A, Acc) -> seq(B - 1, A, [B | Acc]).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = halve(L, [], []),
    merge(msort(A), msort(B)).
halve([], A, B) -> {A, B};
halve([X | T], A, B) -> halve(T, [X | B], A).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

sum([], Acc) -> Acc;
sum([X | T], Acc) -> sum(T, Acc + X).

key(I) ->
    case I rem 10 of
        0 -> I;
        1 -> I * 1.0;
        2 -> {I, t};
        3 -> <<I:32>>;
        4 -> (1 bsl 70) + I;
        5 -> -I;
        6 -> [I, I];
        7 when I < 300 -> list_to_atom("k" ++ integer_to_list(I));
        7 -> {a, I};
        8 -> #{I => x};
        9 -> -((1 bsl 65) + I)
    end.

%% The same key, built another way (a sub-binary for binaries, a fresh copy otherwise).
key2(I) ->
    case I rem 10 of
        3 ->
            <<_:8, B:4/binary, _/binary>> = <<0, I:32, "some padding after">>,
            B;
        2 -> {?MODULE:id(I), t};
        _ -> key(I)
    end.

build([], M) -> M;
build([I | T], M) -> build(T, M#{key(I) => I}).

lookups(M, Is) ->
    [I || I <- Is, maps:get(key2(I), M) =/= I].

pat(M, Is) ->
    [I || I <- Is, not matches(key2(I), I, M)].

matches(K, V, M) ->
    case M of
        #{K := V} -> true;
        _ -> false
    end.

info(N) ->
    Is = seq(1, N),
    M = build(Is, #{}),
    R = build(lists:reverse(Is), #{}),
    F = maps:from_list([{key(I), I} || I <- Is]),
    Pairs = msort([{V, K} || {K, V} <- maps:to_list(M)]),
    Keys = msort(maps:keys(M)),
    [map_size(M), is_map(M),
     sum(maps:values(M), 0),
     M =:= R, M == R, M =:= F, R =:= F,
     lookups(M, Is), pat(M, Is),
     [I || I <- Is, not maps:is_key(key2(I), M)],
     [I || I <- Is, not is_map_key(key2(I), M)],
     take(12, Pairs), take(3, lists:reverse(Pairs)),
     take(6, Keys), take(4, lists:reverse(Keys)),
     maps:find(key(N + 1), M), maps:get(nokey, M, default),
     maps:find(key2(N), M)].

%% A literal map of 42 keys (a trie in the literal area).
lit() ->
    #{1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9, 10 => 10, 1.0 => f1, 2.0 => f2, 3.0 => f3, 4.0 => f4, 5.0 => f5, 6.0 => f6, 7.0 => f7, 8.0 => f8, 9.0 => f9, 10.0 => f10, {t, 1} => t1, {t, 2} => t2, {t, 3} => t3, {t, 4} => t4, {t, 5} => t5, {t, 6} => t6, {t, 7} => t7, {t, 8} => t8, {t, 9} => t9, {t, 10} => t10, <<"b1">> => b1, <<"b2">> => b2, <<"b3">> => b3, <<"b4">> => b4, <<"b5">> => b5, <<"b6">> => b6, <<"b7">> => b7, <<"b8">> => b8, <<"b9">> => b9, <<"b10">> => b10, a => atom, 1180591620717411303424 => big}.

head(#{-5 := V, {12, t} := W, <<0, 0, 0, 13>> := X}) -> {V, W, X};
head(_) -> nomatch.

fields(#{{2, t} := _, 11.0 := _}) -> yes;
fields(_) -> no.

upd(M, Is) ->
    lists:reverse(upd(M, Is, [])).
upd(_, [], Acc) -> Acc;
upd(M, [I | T], Acc) ->
    M2 = M#{key(I) := I * 10},
    upd(M2, T, [maps:get(key(I), M2) | Acc]).

start() ->
    M33 = build(seq(1, 33), #{}),
    M64 = build(seq(1, 64), #{}),
    M1k = build(seq(1, 1000), #{}),
    Both = M64#{1 => int_one, 1.0 => float_one},
    [info(33), info(34), info(64), info(1000),
     {maps:get(1, Both), maps:get(1.0, Both), map_size(Both)},
     maps:find(1, M33), maps:find(1.0, M33), maps:find(11, M33), maps:find(11.0, M33),
     maps:find(-5, M33), maps:find(-5.0, M33),
     sum(upd(M1k, seq(1, 1000)), 0),
     sum(maps:values(M1k#{key(7) := 0, key(8) := 0}), 0),
     try M64#{nokey := 1} catch error:E1 -> E1 end,
     try maps:update(nokey, 1, M1k) catch error:E2 -> E2 end,
     try maps:get(nokey, M1k) catch error:E3 -> E3 end,
     map_size(maps:put(key(5), new, M1k)), maps:get(key(5), maps:put(key(5), new, M1k)),
     map_size(maps:put(new, new, M1k)),
     msort(maps:keys(M33)),
     maps:merge(M33, M64) =:= M64, maps:merge(M64, M33) =:= M64,
     map_size(maps:merge(M1k, #{a => 1})), maps:get(a, maps:merge(M1k, #{a => 1})),
     map_size(maps:merge(#{a => 1}, M1k)), maps:get(key(3), maps:merge(#{key(3) => no}, M1k)),
     maps:get(key(3), maps:merge(M1k, #{key(3) => yes})),
     sum(maps:values(maps:merge(M1k, M1k)), 0),
     maps:take(key(2), M33) =:= {2, maps:remove(key(2), M33)},
     maps:take(nokey, M1k),
     head(M33), head(M64), head(M1k), head(maps:remove(-5, M1k)), head(#{}),
     fields(M33), fields(M1k), fields(maps:remove(11.0, M1k)), fields(#{a => 1}),
     map_size(lit()), maps:get(1.0, lit()), maps:get(1180591620717411303424, lit()),
     maps:get(<<"b7">>, lit()), maps:find(<<"b11">>, lit()),
     lit() =:= maps:from_list(lists:reverse(maps:to_list(lit()))),
     map_size((lit())#{a := new, 1 => one}), maps:get(a, (lit())#{a := new}),
     msort([V || V <- maps:values(lit()), is_atom(V)]) =:= msort(maps:values(lit())),
     lit() =:= (lit())#{5 => 5},
     map_size(maps:remove(a, maps:remove(5, lit()))),
     maps:remove(a, maps:remove(5, maps:remove(6, maps:remove(7, maps:remove(8,
         maps:remove(9, maps:remove(10, maps:remove(1, maps:remove(2, maps:remove(3,
         maps:remove(4, lit()))))))))))) =:= maps:from_list([{K, V} || {K, V} <- maps:to_list(lit()),
                                              K =/= a, not is_integer(K) orelse K > 1000])
    ].
