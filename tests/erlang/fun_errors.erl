-module(fun_errors).
-export([start/0, id/1, two/2]).

id(X) -> X.

two(A, B) -> {A, B}.

t(F) ->
    try F()
    catch
        error:{badarity, {Fun, Args}} when is_function(Fun) -> {error, badarity, length(Args)};
        error:{badfun, V} when is_function(V) -> {error, badfun_fun};
        C:R -> {C, R}
    end.

start() ->
    F1 = ?MODULE:id(fun(X) -> X end),
    F0 = ?MODULE:id(fun() -> zero end),
    Ext = ?MODULE:id(fun ?MODULE:two/2),
    [
     t(fun() -> F1() end),
     t(fun() -> F1(1, 2) end),
     t(fun() -> F0(a) end),
     t(fun() -> Ext(1) end),
     t(fun() -> Ext(1, 2, 3) end),
     t(fun() -> (?MODULE:id(notafun))(1) end),
     t(fun() -> (?MODULE:id(42))() end),
     t(fun() -> (?MODULE:id({m, f}))(1) end),
     t(fun() -> (?MODULE:id([]))() end),
     t(fun() -> apply(?MODULE:id(atom), []) end),
     t(fun() -> apply(F1, [1, 2]) end),
     t(fun() -> apply(F1, ?MODULE:id(notlist)) end),
     t(fun() -> apply(F1, ?MODULE:id([1 | 2])) end),
     t(fun() -> apply(?MODULE, nonexistent, []) end),
     t(fun() -> apply(?MODULE, two, [1]) end),
     t(fun() -> apply(no_such_module_xyz, f, []) end),
     t(fun() -> apply(?MODULE:id(1), f, []) end),
     t(fun() -> apply(?MODULE, ?MODULE:id("two"), [1, 2]) end),
     t(fun() -> ?MODULE:nonexistent() end),
     t(fun() -> (?MODULE:id(no_such_module_xyz)):f(1) end),
     t(fun() -> (fun(a) -> ok end)(?MODULE:id(b)) end),
     t(fun() -> (fun(X) when X > 0 -> ok end)(?MODULE:id(-1)) end),
     t(fun() -> erlang:apply(F0, []) end),
     t(fun() -> F1(?MODULE:id(5)) end),
     t(fun() -> Ext(a, b) end),
     t(fun() -> (fun ?MODULE:two/2)(x, y) end),
     t(fun() -> (fun erlang:abs/1)(?MODULE:id(-3)) end),
     t(fun() -> (fun erlang:abs/1)(?MODULE:id(a)) end),
     t(fun() -> (fun erlang:no_such_bif/1)(1) end),
     t(fun() -> (fun no_such_mod:f/0)() end)
    ].
