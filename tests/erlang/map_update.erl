-module(map_update).
-export([start/0, id/1]).

id(X) -> X.

msort([]) -> [];
msort([X]) -> [X];
msort(L) -> {A, B} = halve(L, [], []), merge(msort(A), msort(B)).
halve([], A, B) -> {A, B};
halve([X | T], A, B) -> halve(T, [X | B], A).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

count([], M) -> M;
count([W | T], M) ->
    case M of
        #{W := N} -> count(T, M#{W := N + 1});
        _ -> count(T, M#{W => 1})
    end.

count2([], M) -> M;
count2([W | T], M) -> count2(T, maps:put(W, get_default(W, M) + 1, M)).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

words() ->
    ?MODULE:id([the, quick, brown, fox, jumps, over, the, lazy, dog, the, fox]).

group([], M) -> M;
group([X | T], M) ->
    K = X rem 7,
    L = case maps:find(K, M) of {ok, V} -> V; error -> [] end,
    group(T, M#{K => [X | L]}).

invert(M) -> maps:from_list([{V, K} || {K, V} <- maps:to_list(M)]).

start() ->
    C = count(words(), #{}),
    Big = count([X rem 97 || X <- seq(1, 20000)], #{}),
    [
     C,
     count2(words(), #{}) =:= C,
     msort(maps:to_list(invert(#{a => 1, b => 2, c => 3}))),
     map_size(Big), msort(maps:to_list(Big)) =:= [{K, maps:get(K, Big)} || K <- seq(0, 96)],
     maps:get(0, Big), maps:get(96, Big),
     group(seq(1, 20), #{}),
     maps:update(the, 0, C),
     (C#{the := 0})#{the := 1},
     C#{the => 100, new => 1},
     maps:merge(C, #{the => 0}),
     maps:remove(the, maps:remove(fox, C)),
     multi_update(?MODULE:id(#{a => 1, b => 2, c => 3, d => 4}))
    ].

multi_update(M) ->
    M1 = M#{a := 10, b := 20},
    M2 = M1#{c := 30, e => 50},
    M3 = M2#{d := M2#{}},
    {M1, M2, map_size(M3), maps:get(d, M3) =:= M2}.

get_default(K, M) ->
    case maps:find(K, M) of
        {ok, V} -> V;
        error -> 0
    end.
