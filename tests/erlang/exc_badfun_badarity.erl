-module(exc_badfun_badarity).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() of V -> {ok, V} catch Cl:Rs -> {Cl, shape(Rs)} end.

%% Funs cannot go into the result: describe the reason's shape instead.
shape({badarity, {F, Args}}) when is_function(F) -> {badarity, fun_arity(F), Args};
shape({badfun, F}) when is_function(F) -> {badfun, is_function};
shape(R) -> R.

fun_arity(F) -> {arity, A} = erlang:fun_info(F, arity), A.

start() ->
    F0 = ?MODULE:id(fun() -> zero end),
    F2 = ?MODULE:id(fun(A, B) -> {A, B} end),
    Ext = ?MODULE:id(fun erlang:abs/1),
    Res = [t(fun() -> F0(1) end),
           t(fun() -> F2() end),
           t(fun() -> F2(1) end),
           t(fun() -> F2(1, 2, 3) end),
           t(fun() -> Ext(1, 2) end),
           t(fun() -> Ext(-5) end),
           t(fun() -> F2(x, y) end),
           t(fun() -> (?MODULE:id(atom))() end),
           t(fun() -> (?MODULE:id(42))(1) end),
           t(fun() -> (?MODULE:id({m, f}))(1) end),
           t(fun() -> (?MODULE:id([]))() end),
           t(fun() -> (?MODULE:id(<<>>))() end),
           t(fun() -> apply(F2, [1]) end),
           t(fun() -> apply(?MODULE:id(notfun), [1]) end),
           t(fun() -> apply(F0, []) end),
           t(fun() -> apply(F2, ?MODULE:id(not_a_list)) end),
           t(fun() -> apply(F2, ?MODULE:id([1 | 2])) end)],
    Info = [erlang:fun_info(F0, arity), erlang:fun_info(F2, arity), erlang:fun_info(Ext, arity),
            erlang:fun_info(Ext, module), erlang:fun_info(Ext, name), erlang:fun_info(Ext, type)],
    {Res, Info}.
