-module(exc_class_patterns).
-export([start/0, id/1]).

id(X) -> X.

h(F) ->
    try F()
    catch
        throw:{tag, X} -> {throw_tag, X};
        throw:X when is_integer(X), X > 100 -> {throw_big, X};
        error:{badmatch, V} -> {badmatch, V};
        error:badarith -> badarith;
        error:R when is_atom(R) -> {error_atom, R};
        exit:{shutdown, S} -> {shutdown, S};
        Class:Reason when Class =:= exit -> {some_exit, Reason}
    end.

outer(F) -> try h(F) catch Cl:Rs -> {escaped, Cl, Rs} end.

start() ->
    [outer(fun() -> throw(?MODULE:id({tag, 1})) end),
     outer(fun() -> throw(?MODULE:id(500)) end),
     outer(fun() -> throw(?MODULE:id(5)) end),
     outer(fun() -> throw(?MODULE:id(a)) end),
     outer(fun() -> {a, _} = ?MODULE:id({b, c}) end),
     outer(fun() -> ?MODULE:id(1) / 0 end),
     outer(fun() -> error(?MODULE:id(custom)) end),
     outer(fun() -> error(?MODULE:id({not_atom})) end),
     outer(fun() -> exit(?MODULE:id({shutdown, restart})) end),
     outer(fun() -> exit(?MODULE:id(kill)) end),
     outer(fun() -> ?MODULE:id(no_exception) end),
     try throw(?MODULE:id(x)) catch _:_ -> any end,
     try (try error(?MODULE:id(x)) catch _ -> only_throw end) catch error:x -> error_not_caught_by_default_class end,
     try throw(?MODULE:id(y)) catch Y -> {default_class_is_throw, Y} end,
     try error(?MODULE:id(z)) catch error:Z:St -> {with_stack, Z, is_list(St)} end].
