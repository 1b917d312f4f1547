-module(exc_raise).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() of V -> {ok, V} catch Cl:Rs -> {Cl, Rs} end.

start() ->
    Basic = [t(fun() -> erlang:raise(?MODULE:id(C), reason, []) end) || C <- [error, exit, throw]],
    BadClass = [t(fun() -> erlang:raise(?MODULE:id(C), reason, []) end) || C <- [bogus, 1, "error"]],
    BadStack = [t(fun() -> erlang:raise(error, reason, ?MODULE:id(S)) end) || S <- [not_a_list, [bad_frame], [{m, f}], [{m, f, 1, []} | x]]],
    GoodStack = [t(fun() -> erlang:raise(error, reason, ?MODULE:id(S)) end) || S <- [[{m, f, 1, []}], [{m, f, [a, b], [{file, "x.erl"}, {line, 3}]}], [{m, f, 0, []}, {m2, g, 2, []}]]],
    Preserve = try
                   try error(?MODULE:id(orig))
                   catch error:R:St -> erlang:raise(error, {wrapped, R}, St)
                   end
               catch error:R2:St2 -> {R2, is_list(St2), length(St2) > 0}
               end,
    KeepStack = try
                    try erlang:raise(error, ?MODULE:id(x), [{mod, fn, 3, [{line, 7}]}])
                    catch error:_:St3 -> erlang:raise(exit, ?MODULE:id(y), St3)
                    end
                catch exit:Y:St4 -> {Y, hd(St4)}
                end,
    Rethrow = try
                  try throw(?MODULE:id(ball))
                  catch Class:Reason:Stack -> erlang:raise(Class, Reason, Stack)
                  end
              catch C2:R3 -> {rethrown, C2, R3}
              end,
    CatchRaise = case catch erlang:raise(throw, ?MODULE:id(via_catch), []) of V -> V end,
    {Basic, BadClass, BadStack, GoodStack, Preserve, KeepStack, Rethrow, CatchRaise}.
