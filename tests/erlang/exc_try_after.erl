-module(exc_try_after).
-export([start/0, id/1]).

id(X) -> X.

log(X) -> put(log, [X | get_log()]).
get_log() -> case get(log) of undefined -> []; L -> L end.
take_log() -> L = lists:reverse(get_log()), erase(log), L.

run(F) ->
    R = try F() catch Cl:Rs -> {caught, Cl, Rs} end,
    {R, take_log()}.

start() ->
    A = run(fun() ->
                try log(body), ?MODULE:id(value)
                after log(after1)
                end
            end),
    B = run(fun() ->
                try log(body), throw(?MODULE:id(oops))
                after log(after1)
                end
            end),
    C = run(fun() ->
                try
                    try log(inner_body), error(?MODULE:id(inner))
                    after log(inner_after)
                    end
                after log(outer_after)
                end
            end),
    D = run(fun() ->
                try log(body), ?MODULE:id(1)
                of 1 -> log(of_clause), one
                catch _:_ -> log(catch_clause), caught
                after log(after_clause)
                end
            end),
    E = run(fun() ->
                try log(body), exit(?MODULE:id(bye))
                catch exit:Why -> log({catch_clause, Why}), {handled, Why}
                after log(after_clause)
                end
            end),
    F = run(fun() ->
                try error(?MODULE:id(first))
                after log(after_raises), throw(?MODULE:id(second))
                end
            end),
    G = run(fun() ->
                try log(b), ?MODULE:id(2)
                after log(a), ?MODULE:id(ignored_after_value)
                end
            end),
    H = run(fun() ->
                [try log({iter, I}), I * 2 after log({after_iter, I}) end || I <- [1, 2, 3]]
            end),
    I = run(fun() -> loop_after(?MODULE:id(3)) end),
    J = run(fun() ->
                try
                    try throw(?MODULE:id(t1))
                    catch throw:t1 -> log(rethrowing), throw(t2)
                    after log(inner_after)
                    end
                catch throw:X -> log({outer_caught, X}), X
                after log(outer_after)
                end
            end),
    {A, B, C, D, E, F, G, H, I, J}.

loop_after(0) -> throw(bottom);
loop_after(N) ->
    try loop_after(N - 1)
    after log({unwind, N})
    end.
