-module(map_hamt_compare).
-export([start/0, id/1]).

%% Equality and term order of big maps built in different orders; big maps as keys of maps
%% (they must hash consistently); nested big maps.

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

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

sum([], Acc) -> Acc;
sum([X | T], Acc) -> sum(T, Acc + X).

key(I) ->
    case I rem 5 of
        0 -> I;
        1 -> I * 1.0;
        2 -> {I};
        3 -> <<I:24>>;
        4 -> [I | x]
    end.

build([], M) -> M;
build([I | T], M) -> build(T, M#{key(I) => I}).

%% A permutation of 1..N: odd numbers up, then even numbers down.
perm(N) -> [I || I <- seq(1, N), I rem 2 =:= 1] ++ lists:reverse([I || I <- seq(1, N), I rem 2 =:= 0]).

cmp(A, B) -> {A < B, A == B, A > B, A =:= B, A =/= B, A =< B}.

start() ->
    N = ?MODULE:id(300),
    A = build(seq(1, N), #{}),
    B = build(perm(N), #{}),
    C = maps:from_list([{key(I), I} || I <- lists:reverse(seq(1, N))]),
    Af = maps:from_list([{key(I), I * 1.0} || I <- seq(1, N)]),
    A1 = A#{key(7) := 8},
    A2 = A#{key(150) := 0},
    A3 = maps:put(key(N + 1), 0, maps:remove(key(N), A)),
    A4 = maps:put(key(N + 2), 0, maps:remove(key(N), A)),
    Big1 = maps:put(1, x, maps:remove(key(1), A)),
    Big2 = maps:put(1.0, x, maps:remove(key(1), A)),
    Sorted = msort([A1, A, A2, A3, A4, Big1, Big2, build(seq(1, 33), #{}), #{a => 1}]),
    Keyed = #{A => a, build(seq(1, 40), #{}) => b, A1 => c, #{x => 1} => d},
    Outer = maps:from_list([{I, build(seq(I, I + 40), #{})} || I <- seq(1, 40)]),
    Outer2 = maps:from_list([{I, build(lists:reverse(seq(I, I + 40)), #{})} || I <- lists:reverse(seq(1, 40))]),
    Deep = Outer#{5 := (maps:get(5, Outer))#{key(6) := changed}},
    [A =:= B, B =:= C, A == C, cmp(A, B),
     cmp(A, Af), A == Af, Af == A,
     cmp(A, A1), cmp(A1, A), cmp(A, A2), cmp(A2, A1), cmp(A3, A4), cmp(A4, A3),
     cmp(A, A3), cmp(Big1, Big2), cmp(Big2, Big1), Big1 == Big2,
     [map_size(M) || M <- Sorted],
     [lists:member(M, Sorted) || M <- [A, A1, A2, A3, A4, Big1, Big2]],
     [I || {I, M} <- zip(seq(1, 9), Sorted), M =:= A],
     [I || {I, M} <- zip(seq(1, 9), Sorted), M =:= A3],
     [I || {I, M} <- zip(seq(1, 9), Sorted), M =:= Big2],
     maps:get(B, Keyed), maps:get(C, Keyed), maps:get(build(lists:reverse(seq(1, 40)), #{}), Keyed),
     maps:get(A1#{key(7) := 7}, Keyed), maps:find(Af, Keyed), maps:find(A2, Keyed),
     map_size(Keyed#{B => z}), maps:get(A, Keyed#{B => z}),
     {#{A => 1} =:= #{B => 1}, #{A => 1} == #{Af => 1}, #{A => 1} =:= #{Af => 1}},
     {[A, B] =:= [C, A], {A, 1} =:= {B, 1}, {A, 1} =:= {A1, 1}},
     Outer =:= Outer2, Outer == Outer2, Deep =:= Outer, Deep =:= Outer2#{5 := (maps:get(5, Outer2))#{key(6) := changed}},
     sum([sum(maps:values(M), 0) || M <- maps:values(Outer)], 0),
     maps:get(key(6), maps:get(5, Deep)),
     msort(maps:keys(maps:get(39, Outer))) =:= msort([key(I) || I <- seq(39, 79)]),
     %% Map-key order inside keys: integers before floats at any depth.
     msort(maps:keys(#{{2} => a, {1.5} => b, {1} => c})),
     #{{1} => a} < #{{1.0} => a}, #{{2} => a} < #{{1.0} => a}
    ].
