-module(big_factorial).
-export([start/0, id/1]).

id(X) -> X.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

fact_tail(N) -> fact_tail(N, 1).
fact_tail(0, A) -> A;
fact_tail(N, A) -> fact_tail(N - 1, A * N).

digit_sum(0, S) -> S;
digit_sum(N, S) -> digit_sum(N div 10, S + N rem 10).

trailing_zeros(N) -> trailing_zeros(N, 0).
trailing_zeros(N, Z) when N rem 10 =:= 0 -> trailing_zeros(N div 10, Z + 1);
trailing_zeros(_, Z) -> Z.

start() ->
    F200 = fact(?MODULE:id(200)),
    F20 = fact(?MODULE:id(20)),
    F21 = fact(?MODULE:id(21)),
    F25 = fact(?MODULE:id(25)),
    F1000 = fact_tail(?MODULE:id(1000)),
    Ratios = [fact(?MODULE:id(N)) div fact(N - 1) || N <- [21, 50, 100, 200]],
    Binom = fact(?MODULE:id(100)) div (fact(50) * fact(50)),
    {F20, F21, F25, F200, fact(200) =:= fact_tail(200),
     length(integer_to_list(F1000)), digit_sum(F1000, 0), trailing_zeros(F1000),
     F1000 rem 1000000007, Ratios, Binom, -F200 div F20}.
