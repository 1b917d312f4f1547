-module(big_mul).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    A = ?MODULE:id(123456789012345678901234567890),
    B = ?MODULE:id(-987654321098765432109876543210),
    C = ?MODULE:id((1 bsl 521) - 1),
    Products = [A * A, A * B, B * B, A * -1, B * 0, A * 1, C * C, C * A,
                A * 134217727, A * -134217728, B * 4294967296],
    Signs = [sign(?MODULE:id(X) * Y) || {X, Y} <- [{A, B}, {B, B}, {B, A}, {-A, B}]],
    Assoc = (A * B) * C =:= A * (B * C),
    Distrib = A * (B + C) =:= A * B + A * C,
    Pow = pow(?MODULE:id(3), 300),
    Pow7 = pow(?MODULE:id(-7), 101),
    Mersenne = pow(2, 127) - 1,
    ProdSeq = prod([?MODULE:id(X) || X <- [1000000007, 998244353, 1000000009, 2147483647, 4294967291]], 1),
    Big = pow(?MODULE:id(10), 500) * pow(10, 500) =:= pow(10, 1000),
    Sq = [(?MODULE:id(1 bsl N) + 1) * ((1 bsl N) - 1) =:= (1 bsl (2 * N)) - 1 || N <- [30, 32, 60, 64, 100, 1000]],
    {Products, Signs, Assoc, Distrib, Pow, Pow7, Mersenne, ProdSeq, Big, Sq}.

sign(X) when X > 0 -> pos;
sign(X) when X < 0 -> neg;
sign(_) -> zero.

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

prod([], Acc) -> Acc;
prod([H | T], Acc) -> prod(T, Acc * H).
