-module(big_stress).
-export([start/0, id/1]).

id(X) -> X.

%% Many short-lived bignums: exercises allocation and garbage collection.
start() ->
    Lcg = lcg(?MODULE:id(12345), 5000, 0),
    Acc = accumulate(?MODULE:id(1), 2000, 0),
    Big = grow(?MODULE:id(3), 12),
    BigLen = length(integer_to_list(Big)),
    Keep = keep(?MODULE:id(1), 300, []),
    {Lcg, Acc rem 1000000007, length(integer_to_list(Acc)), BigLen, Big rem 999999937,
     length(Keep), hd(Keep) rem 1000003, sumlist(Keep, 0) rem 1000000007}.

lcg(X, 0, S) -> {X, S};
lcg(X, N, S) ->
    Y = (X * 6364136223846793005 + 1442695040888963407) rem (1 bsl 64),
    lcg(Y, N - 1, S bxor Y).

accumulate(_, 0, S) -> S;
accumulate(X, N, S) -> accumulate(X * 3 + N, N - 1, S + X).

grow(X, 0) -> X;
grow(X, N) -> grow(X * X + 1, N - 1).

keep(_, 0, Acc) -> Acc;
keep(X, N, Acc) -> keep(X * 7 + 1, N - 1, [X | Acc]).

sumlist([], S) -> S;
sumlist([H | T], S) -> sumlist(T, S + H).
