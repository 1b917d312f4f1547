-module(big_div_rem).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    A = ?MODULE:id(pow(2, 4000)),
    B = ?MODULE:id(pow(3, 500)),
    Q = A div B,
    R = A rem B,
    Check = Q * B + R =:= A andalso R >= 0 andalso R < B,
    Pairs = [{A, B}, {-A, B}, {A, -B}, {-A, -B}, {B, A}, {A, 7}, {-A, 7},
             {A, 4294967296}, {A, 4294967295}, {A + 1, 1 bsl 64}, {B, 1 bsl 64},
             {pow(10, 40), pow(10, 20)}, {pow(10, 40) + 1, pow(10, 20) + 1},
             {(1 bsl 128) - 1, (1 bsl 64) - 1}, {1 bsl 64, -1}, {-(1 bsl 64), -1},
             {9223372036854775808, 2}, {-9223372036854775809, 3}],
    Divs = [?MODULE:id(X) div Y || {X, Y} <- Pairs, abs(X) < pow(10, 100)],
    Rems = [?MODULE:id(X) rem Y || {X, Y} <- Pairs, abs(X) < pow(10, 100)],
    Ident = [(?MODULE:id(X) div Y) * Y + X rem Y =:= X || {X, Y} <- Pairs],
    RemSign = [sign(?MODULE:id(X) rem Y) || {X, Y} <- Pairs],
    QLen = length(integer_to_list(Q)),
    Qmod = Q rem 1000000007,
    Exact = [pow(?MODULE:id(7), 200) div pow(7, N) =:= pow(7, 200 - N) || N <- [1, 50, 100, 199, 200]],
    {Check, QLen, Qmod, R rem 1000000007, Divs, Rems, Ident, RemSign, Exact}.

sign(X) when X > 0 -> 1;
sign(X) when X < 0 -> -1;
sign(_) -> 0.

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
