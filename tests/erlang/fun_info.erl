-module(fun_info).
-export([start/0, id/1, ext/1, ext/3]).

id(X) -> X.
ext(X) -> {ext, X}.
ext(A, B, C) -> A + B + C.

local(X) -> {local, X}.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Local = fun local/1,
    Anon = fun(A, B) -> A + B end,
    Z = ?MODULE:id(5),
    Clo = fun() -> Z end,
    E1 = fun ?MODULE:ext/1,
    E3 = fun ?MODULE:ext/3,
    EB = fun erlang:length/1,
    DM = ?MODULE:id(?MODULE), DA = ?MODULE:id(1),
    Dyn = fun DM:ext/DA,
    Fs = [Local, Anon, Clo, E1, E3, EB, Dyn],
    [
     [element(2, erlang:fun_info(F, arity)) || F <- Fs],
     [element(2, erlang:fun_info(F, module)) || F <- Fs],
     [element(2, erlang:fun_info(F, type)) || F <- Fs],
     [erlang:fun_info(F, name) || F <- [E1, E3, EB, Dyn]],
     [erlang:fun_info(F, env) || F <- [E1, EB]],
     length(element(2, erlang:fun_info(Clo, env))),
     element(2, erlang:fun_info(Local, env)),
     [is_function(F) || F <- Fs],
     [is_function(F, 1) || F <- Fs],
     [is_function(F, 3) || F <- Fs],
     [E1 =:= fun ?MODULE:ext/1, EB =:= fun erlang:length/1, Dyn =:= E1, E1 =:= E3],
     [Local(1), Anon(1, 2), Clo(), E1(2), E3(1, 2, 3), EB([a, b]), Dyn(3)],
     t(fun() -> erlang:fun_info(?MODULE:id(notfun), arity) end),
     t(fun() -> erlang:fun_info(E1, no_such_item) end),
     erlang:fun_info(E1, module), erlang:fun_info(E1, arity),
     is_atom(element(2, erlang:fun_info(Anon, name))),
     Local =:= Local, Anon == Anon,
     fun ?MODULE:ext/1 == fun ?MODULE:ext/1,
     fun erlang:abs/1 =:= fun erlang:abs/1,
     erlang:function_exported(?MODULE, ext, 1),
     erlang:function_exported(?MODULE, ext, 2),
     erlang:function_exported(?MODULE, local, 1),
     erlang:function_exported(?MODULE, start, 0),
     erlang:function_exported(?MODULE, id, 1),
     erlang:function_exported(no_such_module_abc, f, 0),
     erlang:function_exported(erlang, length, 1),
     t(fun() -> erlang:function_exported(?MODULE:id("m"), f, 0) end)
    ].
