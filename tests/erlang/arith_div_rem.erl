-module(arith_div_rem).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 1}, {5, 7},
             {-5, 7}, {134217728, 3}, {-134217729, 10}, {2147483648, -1},
             {-2147483648, -1}, {576460752303423488, -1},
             {-576460752303423488, -1}, {-9223372036854775808, -1},
             {9223372036854775807, 10}, {1000000000000, 7}, {99, 100},
             {100, 99}, {-100, 99}, {18446744073709551616, 4294967296},
             {18446744073709551617, 4294967296}],
    Divs = [?MODULE:id(A) div ?MODULE:id(B) || {A, B} <- Pairs],
    Rems = [?MODULE:id(A) rem ?MODULE:id(B) || {A, B} <- Pairs],
    Ident = [(?MODULE:id(A) div B) * B + (A rem B) =:= A || {A, B} <- Pairs],
    RemSign = [rem_sign_ok(?MODULE:id(A), B) || {A, B} <- Pairs],
    Digits = digits(?MODULE:id(9876543210123456789), []),
    {Divs, Rems, Ident, RemSign, Digits,
     ?MODULE:id(17) div 5 div 2, ?MODULE:id(17) rem 5 rem 2}.

rem_sign_ok(A, B) ->
    R = A rem B,
    R =:= 0 orelse (R > 0) =:= (A > 0).

digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, [N rem 10 | Acc]).
