-module(arith_add_sub).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pairs = [{0, 0}, {1, -1}, {134217727, 1}, {-134217728, -1},
             {576460752303423487, 1}, {-576460752303423488, -1},
             {2147483647, 1}, {-2147483648, -1}, {4294967295, 1},
             {9223372036854775807, 1}, {-9223372036854775808, -1},
             {18446744073709551615, 1}, {-18446744073709551616, 1},
             {18446744073709551616, -18446744073709551616},
             {340282366920938463463374607431768211456, -1},
             {123456789, 987654321}, {-5, 3}, {5, -3}, {-7, -8}],
    Adds = [?MODULE:id(A) + ?MODULE:id(B) || {A, B} <- Pairs],
    Subs = [?MODULE:id(A) - ?MODULE:id(B) || {A, B} <- Pairs],
    RSubs = [?MODULE:id(B) - ?MODULE:id(A) || {A, B} <- Pairs],
    Commut = [(?MODULE:id(A) + B) =:= (?MODULE:id(B) + A) || {A, B} <- Pairs],
    Inverse = [(?MODULE:id(A) + B) - B =:= A || {A, B} <- Pairs],
    Chain = chain(?MODULE:id(0), 100),
    Incr = incr(?MODULE:id(576460752303423480), 20, []),
    Decr = decr(?MODULE:id(-576460752303423480), 20, []),
    {Adds, Subs, RSubs, Commut, Inverse, Chain, Incr, Decr,
     ?MODULE:id(1) + 2 + 3 + 4, ?MODULE:id(10) - 20 - 30}.

chain(Acc, 0) -> Acc;
chain(Acc, N) -> chain(Acc + N * 1000000007, N - 1).

incr(_, 0, Acc) -> lists:reverse(Acc);
incr(X, N, Acc) -> incr(X + 1, N - 1, [is_integer(X) andalso X > 0 | Acc]) .

decr(X, 0, Acc) -> lists:reverse([X | Acc]);
decr(X, N, Acc) -> decr(X - 1, N - 1, [X | Acc]).
