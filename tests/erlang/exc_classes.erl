-module(exc_classes).
-export([start/0, id/1]).

id(X) -> X.

t(F) ->
    try F() of
        V -> {value, V}
    catch
        throw:T -> {thrown, T};
        error:E -> {errored, E};
        exit:X -> {exited, X}
    end.

start() ->
    Vals = [a, 1, 1.5, "str", <<"bin">>, {t, 1}, [], #{k => v}, {'EXIT', x}, 1 bsl 80],
    Throws = [t(fun() -> throw(?MODULE:id(V)) end) || V <- Vals],
    Errors = [t(fun() -> error(?MODULE:id(V)) end) || V <- Vals],
    Exits = [t(fun() -> exit(?MODULE:id(V)) end) || V <- Vals],
    ErlangMod = [t(fun() -> erlang:throw(?MODULE:id(x)) end), t(fun() -> erlang:error(?MODULE:id(y)) end),
                 t(fun() -> erlang:exit(?MODULE:id(z)) end), t(fun() -> ?MODULE:id(ok) end)],
    Apply = [t(fun() -> apply(erlang, F, [?MODULE:id(q)]) end) || F <- [throw, error, exit]],
    Normal = t(fun() -> exit(normal) end),
    {Throws, Errors, Exits, ErlangMod, Apply, Normal}.
