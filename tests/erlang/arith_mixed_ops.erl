-module(arith_mixed_ops).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    I = ?MODULE:id(3), F = ?MODULE:id(0.5), B = ?MODULE:id(1 bsl 70),
    Mixed = [I + F, I - F, I * F, I / F, F / I, B + F, B * F, B / I, I / 2,
             ?MODULE:id(4) / 2, ?MODULE:id(7) / 7, ?MODULE:id(-1) / 3,
             B - 1.0, 1.0 * B, B / B, ?MODULE:id(10) * 0.1],
    Types = [{is_integer(X), is_float(X)} || X <- [I + I, I + F, I * 1, I * 1.0, I div 1, I / 1]],
    Prec = [?MODULE:id(0.1) + 0.2, ?MODULE:id(0.1) + 0.2 =:= 0.3, ?MODULE:id(1.0e16) + 1,
            ?MODULE:id(9007199254740993) + 0.0, ?MODULE:id(9007199254740993) * 1.0],
    Apply = [erlang:apply(erlang, Op, [?MODULE:id(7), 2]) || Op <- ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr']],
    Apply1 = [erlang:apply(erlang, Op, [?MODULE:id(7)]) || Op <- ['-', '+', 'bnot', abs]],
    Funs = [F2(?MODULE:id(12), 5) || F2 <- [fun erlang:'+'/2, fun erlang:'-'/2, fun erlang:'*'/2, fun erlang:'div'/2]],
    {Mixed, Types, Prec, Apply, Apply1, Funs}.
