-module(fun_guards).
-export([start/0, id/1, e/1]).

id(X) -> X.
e(X) -> X.

classify(F) when is_function(F, 0) -> arity0;
classify(F) when is_function(F, 1) -> arity1;
classify(F) when is_function(F, 2) -> arity2;
classify(F) when is_function(F) -> other_arity;
classify(_) -> not_fun.

call_if(F, A) when is_function(F, length(A)) -> apply(F, A);
call_if(_, _) -> wrong.

dyn_arity(F, N) when is_function(F, N) -> yes;
dyn_arity(_, _) -> no.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Fs = [fun() -> 0 end, fun(_) -> 1 end, fun(_, _) -> 2 end, fun(_, _, _) -> 3 end,
          fun ?MODULE:e/1, fun erlang:now/0, fun lists:reverse/2, not_a_fun, {fun_like}],
    [
     [classify(?MODULE:id(F)) || F <- Fs],
     call_if(fun(A, B) -> A * B end, [6, 7]),
     call_if(fun(A, B) -> A * B end, [6]),
     call_if(fun() -> none end, []),
     [dyn_arity(fun ?MODULE:e/1, N) || N <- [0, 1, 2]],
     t(fun() -> dyn_arity(fun ?MODULE:e/1, -1) end),
     t(fun() -> is_function(fun ?MODULE:e/1, ?MODULE:id(-1)) end),
     t(fun() -> is_function(fun ?MODULE:e/1, ?MODULE:id(a)) end),
     is_function(fun ?MODULE:e/1, ?MODULE:id(1)),
     [is_function(F, 1) || F <- Fs]
    ].
