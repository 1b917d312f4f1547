-module(match_bind).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% variables bound in one clause/expression and used later
start() ->
    {A, B} = ?MODULE:id({1, 2}),
    [C | D] = ?MODULE:id([3, 4, 5]),
    <<E:8, F/binary>> = ?MODULE:id(<<6, 7, 8>>),
    #{g := G} = ?MODULE:id(#{g => 9}),
    X = Y = ?MODULE:id(10),
    {P, Q} = {Q1, P1} = ?MODULE:id({same, same}),
    R = case ?MODULE:id(left) of
            left -> Side = l, Side;
            right -> Side = r, Side
        end,
    Res = case ?MODULE:id({ok, 5}) of
              {ok, V} when V > 3 -> V * 2;
              {ok, V} -> V
          end,
    [
     A, B, C, D, E, F, G, X, Y, {P, Q, Q1, P1}, R, Side, Res,
     t(fun() -> {A, A} = ?MODULE:id({1, 1}), ok end),
     t(fun() -> {A, A} = ?MODULE:id({2, 2}), ok end),
     t(fun() -> [C | _] = ?MODULE:id([3, 9]), matched_bound end),
     t(fun() -> C = ?MODULE:id(4) end),
     begin Z = ?MODULE:id(100), Z2 = Z + 1, {Z, Z2} end,
     (fun(A2) -> A2 end)(shadowed),
     A
    ].
