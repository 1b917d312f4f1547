-module(recur_args).
-export([start/0, id/1]).

id(X) -> X.

%% tail recursion with 20 arguments, rotating them
rot(0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20) ->
    [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20];
rot(N, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20) ->
    rot(N - 1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20, A1 + 1).

%% many accumulators
stats([], N, Sum, SumSq, Min, Max, Evens, Odds, Neg) -> {N, Sum, SumSq, Min, Max, Evens, Odds, Neg};
stats([H | T], N, Sum, SumSq, Min, Max, Evens, Odds, Neg) ->
    stats(T, N + 1, Sum + H, SumSq + H * H, min(Min, H), max(Max, H),
          Evens + (1 - abs(H rem 2)), Odds + abs(H rem 2), Neg + (case H < 0 of true -> 1; false -> 0 end)).

%% 12 args non-tail
weird(0, A, B, C, D, E, F, G, H, I, J, K) -> A + B + C + D + E + F + G + H + I + J + K;
weird(N, A, B, C, D, E, F, G, H, I, J, K) ->
    1 + weird(N - 1, K, A, B, C, D, E, F, G, H, I, J).

mkl(N) -> mkl(N, []).
mkl(0, Acc) -> Acc;
mkl(N, Acc) -> mkl(N - 1, [(N * 7919) rem 1000 - 500 | Acc]).

start() ->
    [
     rot(?MODULE:id(0), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
     rot(?MODULE:id(1), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
     rot(?MODULE:id(25), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
     rot(?MODULE:id(1000000), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
     rot(?MODULE:id(999999), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
     stats(mkl(?MODULE:id(100000)), 0, 0, 0, 0, 0, 0, 0, 0),
     weird(?MODULE:id(100), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
     weird(?MODULE:id(100000), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    ].
