-module(case_try).
-export([start/0, id/1]).

id(X) -> X.

classify(F) ->
    try F() of
        ok -> returned_ok;
        {ok, V} -> {returned, V};
        Other -> {other_return, Other}
    catch
        throw:T -> {thrown, T};
        error:badarith -> arith;
        error:{badmatch, V} -> {badmatch, V};
        error:E -> {error, E};
        exit:X -> {exited, X}
    end.

with_after(F) ->
    put(after_ran, false),
    R = try F() catch C:E -> {caught, C, E} after put(after_ran, true) end,
    {R, erase(after_ran)}.

nested() ->
    try
        try throw(inner)
        catch throw:inner -> throw(outer)
        end
    catch throw:X -> {outer_caught, X}
    end.

rethrow() ->
    try
        try error(first) catch error:first -> erlang:raise(error, second, []) end
    catch error:Y -> {reraised, Y}
    end.

try_of_error() ->
    try ?MODULE:id(1) of
        1 -> error(in_of_clause)
    catch error:in_of_clause -> should_not_catch
    end.

old_catch(F) -> catch F().

stack_free(F) ->
    case catch F() of
        {'EXIT', {Reason, _Stack}} -> {exit_tuple, Reason};
        Other -> Other
    end.

start() ->
    Saved = erase(after_ran),
    R = [
     classify(fun() -> ok end),
     classify(fun() -> {ok, 5} end),
     classify(fun() -> 42 end),
     classify(fun() -> throw(ball) end),
     classify(fun() -> 1 / ?MODULE:id(0) end),
     classify(fun() -> {a} = ?MODULE:id({b}) end),
     classify(fun() -> error(custom) end),
     classify(fun() -> error({tuple, reason}) end),
     classify(fun() -> exit(bye) end),
     classify(fun() -> exit(normal) end),
     classify(fun() -> throw({nested, [throw]}) end),
     classify(fun() -> erlang:error(badarg, [x]) end),
     with_after(fun() -> fine end),
     with_after(fun() -> throw(t) end),
     nested(),
     rethrow(),
     try try_of_error() catch error:E -> {escaped, E} end,
     old_catch(fun() -> throw(via_catch) end),
     old_catch(fun() -> value end),
     stack_free(fun() -> error(oops) end),
     stack_free(fun() -> exit(quit) end),
     stack_free(fun() -> throw(thr) end),
     try throw(x) catch Class:Reason -> {Class, Reason} end,
     try ?MODULE:id(ok) after ok end,
     try ?MODULE:id(a) of a -> matched_a catch _:_ -> no end,
     try error(e) catch error:e:Stack -> is_list(Stack) end
    ],
    case Saved of undefined -> ok; _ -> put(after_ran, Saved) end,
    R.
