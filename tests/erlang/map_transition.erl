-module(map_transition).
-export([start/0, id/1]).

%% growing and shrinking maps around the 32-key small/large boundary

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

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

grow(M, []) -> M;
grow(M, [K | T]) -> grow(M#{K => K}, T).

shrink(M, []) -> M;
shrink(M, [K | T]) -> shrink(maps:remove(K, M), T).

sig(M) -> {map_size(M), msort(maps:keys(M)) =:= maps:keys(maps:from_list(msort(maps:to_list(M))))
              orelse map_size(M) > 32}.

start() ->
    Keys = [{k, N} || N <- seq(1, 40)],
    Sizes = [begin M = grow(#{}, [{k, I} || I <- seq(1, N)]), map_size(M) end || N <- seq(28, 36)],
    Full = grow(#{}, Keys),
    Shr = [map_size(shrink(Full, [{k, I} || I <- seq(1, N)])) || N <- seq(0, 12)],
    S31 = shrink(Full, [{k, I} || I <- seq(10, 18)]),
    Small = grow(#{}, [{k, I} || I <- seq(1, 9)] ++ [{k, I} || I <- seq(19, 40)]),
    [
     Sizes, Shr,
     map_size(S31), S31 =:= Small, S31 == Small,
     msort(maps:to_list(S31)) =:= msort(maps:to_list(Small)),
     maps:to_list(grow(#{}, seq(1, 32))) =:= [{X, X} || X <- seq(1, 32)],
     maps:keys(grow(#{}, lists:reverse(seq(1, 32)))),
     sig(Full), sig(S31),
     grow(#{}, [{k, I} || I <- seq(1, 32)]) =:= maps:remove({k, 33}, grow(#{}, [{k, I} || I <- seq(1, 33)])),
     grow(#{}, seq(1, 33)) < grow(#{}, seq(1, 34)),
     grow(#{}, seq(1, 32)) < grow(#{}, seq(1, 33)),
     grow(#{}, seq(2, 33)) > grow(#{}, seq(1, 32)),
     maps:merge(grow(#{}, seq(1, 20)), grow(#{}, seq(15, 40))) =:= grow(#{}, seq(1, 40)),
     map_size(maps:merge(grow(#{}, seq(1, 20)), grow(#{}, seq(15, 40)))),
     maps:from_list([{X, X} || X <- seq(1, 33)]) =:= grow(#{}, seq(1, 33)),
     [maps:get(I, grow(#{}, seq(1, 64))) || I <- [1, 32, 33, 64]]
    ].
