-module(big_float_conv).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Ints = [?MODULE:id(V) || V <- [1 bsl 53, (1 bsl 53) + 1, 1 bsl 63, (1 bsl 64) - 1, 1 bsl 64,
            pow(10, 20), pow(10, 22), pow(10, 23), pow(10, 100), pow(10, 308), -(1 bsl 80)]],
    Floats = [float(V) || V <- Ints],
    Truncs = [trunc(?MODULE:id(F)) || F <- [1.0e20, 1.0e22, 1.0e23, 1.0e100, -1.0e30, 1.7976931348623157e308, 9007199254740993.0, 1.8446744073709552e19]],
    Rounds = [round(?MODULE:id(F)) || F <- [1.0e20, 1.5e19, -2.5e18, 4.5e15]],
    Overflow = [t(fun() -> float(?MODULE:id(pow(10, 309))) end),
                t(fun() -> float(?MODULE:id(-pow(10, 400))) end),
                t(fun() -> ?MODULE:id(pow(10, 309)) * 1.0 end),
                t(fun() -> ?MODULE:id(pow(10, 309)) + 0.5 end),
                t(fun() -> ?MODULE:id(pow(10, 309)) / 1 end)],
    Mixed = [?MODULE:id(pow(10, 30)) + 0.5, ?MODULE:id(pow(10, 30)) * 2.0, ?MODULE:id(pow(10, 30)) / 3,
             ?MODULE:id(1 bsl 100) / (1 bsl 99), 1.0e30 - ?MODULE:id(pow(10, 30))],
    MaxF = trunc(?MODULE:id(1.7976931348623157e308)),
    {Floats, Truncs, Rounds, Overflow, Mixed, MaxF rem 1000000007, length(integer_to_list(MaxF))}.

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
