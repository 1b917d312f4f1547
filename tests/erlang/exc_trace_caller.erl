-module(exc_trace_caller).
-export([start/0, id/1, a/1, b/1, c/1, d/1, e/1, f/1]).

id(X) -> X.

%% error/1, exit/1 and throw/1 (tail calls and not): the trace starts at the caller,
%% with its arity and location, never at the BIF.
a(X) -> erlang:error(X).
b(X) -> exit(X).
c(X) -> throw(X).
d(X) -> _ = erlang:error(X), ok.
e(X) -> erlang:error(X, [X]).
f(X) -> [Y] = ?MODULE:id([X]), throw(Y), never.

t(F) ->
    try F(x), ok
    catch C:R:S ->
        [{M, Fn, A, Loc} | _] = S,
        {C, R, M, Fn, A, proplists:get_value(line, Loc), is_list(proplists:get_value(file, Loc))}
    end.

start() ->
    [t(fun ?MODULE:a/1), t(fun ?MODULE:b/1), t(fun ?MODULE:c/1), t(fun ?MODULE:d/1),
     t(fun ?MODULE:e/1), t(fun ?MODULE:f/1)].
