-module(big_add_sub).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    A = ?MODULE:id(1 bsl 1000),
    B = ?MODULE:id(3 bsl 500 + 17),
    C = ?MODULE:id(-(1 bsl 999) - 123456789),
    D = ?MODULE:id(18446744073709551615),
    R1 = [A + B, A - B, B - A, A + C, C - A, C + C, A - A, B + (-B), D + 1, D + D,
          -D - D, D - (D + 1), (A + 1) - A, A + (-A - 1)],
    Carries = [?MODULE:id((1 bsl N) - 1) + 1 =:= 1 bsl N || N <- [31, 32, 63, 64, 65, 127, 128, 129, 1000]],
    Borrows = [?MODULE:id(1 bsl N) - 1 || N <- [32, 64, 96, 128]],
    Normalize = [?MODULE:id(1 bsl N) - (1 bsl N) + 5 || N <- [64, 65, 200]],
    Sum = sum([?MODULE:id(1 bsl N) || N <- seq(0, 300)], 0),
    Alt = sum([?MODULE:id(if N rem 2 =:= 0 -> 1 bsl N; true -> -(1 bsl N) end) || N <- seq(0, 150)], 0),
    Small = [(?MODULE:id(1 bsl 80) + X) - (1 bsl 80) || X <- [-1, 0, 1, 134217728, -576460752303423488]],
    {R1, Carries, Borrows, Normalize, Sum, Alt, Small,
     integer_to_list(A + B, 16), is_integer(A - A), A - A =:= 0}.

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
