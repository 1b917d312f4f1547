-module(guard_function_record).
-export([start/0, id/1, ext/2]).

-record(point, {x, y}).
-record(empty, {}).

id(X) -> X.
ext(A, B) -> {A, B}.

arity(F) when is_function(F, 0) -> 0;
arity(F) when is_function(F, 1) -> 1;
arity(F) when is_function(F, 2) -> 2;
arity(F) when is_function(F, 3) -> 3;
arity(F) when is_function(F) -> many;
arity(_) -> not_fun.

rec(R) when is_record(R, point) -> point;
rec(R) when is_record(R, empty) -> empty;
rec(R) when is_record(R, point, 4) -> point4;
rec(_) -> no.

rec3(R) when is_record(R, point, 3) -> yes;
rec3(_) -> no.

start() ->
    Funs = [fun() -> a end, fun(_) -> b end, fun(_, _) -> c end, fun(_, _, _) -> d end,
            fun(_, _, _, _) -> e end, fun ?MODULE:ext/2, fun erlang:element/2, fun lists:reverse/1, a, {}],
    Arities = [arity(?MODULE:id(F)) || F <- Funs],
    Recs = [rec(?MODULE:id(R)) || R <- [#point{x = 1, y = 2}, #empty{}, {point, 1}, {point, 1, 2, 3},
                                       {empty}, {other, 1, 2}, point, [point, 1, 2], {"point", 1, 2}]],
    Recs3 = [rec3(?MODULE:id(R)) || R <- [{point, a, b}, {point, a}, {x, a, b}]],
    BodyFun = [is_function(?MODULE:id(F), ?MODULE:id(A)) || {F, A} <- [{fun() -> ok end, 0}, {fun(_) -> ok end, 0}, {a, 0}]],
    BadArity = try is_function(?MODULE:id(fun() -> ok end), ?MODULE:id(-1)) catch Cl:Rs -> {Cl, Rs} end,
    BadArity2 = try is_function(?MODULE:id(fun() -> ok end), ?MODULE:id(a)) catch Cl2:Rs2 -> {Cl2, Rs2} end,
    BodyRec = [is_record(?MODULE:id(R), point) || R <- [#point{}, {point}, {a, b, c}]],
    ErlRec = [erlang:is_record(?MODULE:id({point, 1, 2}), ?MODULE:id(point), 3), erlang:is_record(?MODULE:id({point, 1, 2}), point)],
    {Arities, Recs, Recs3, BodyFun, BadArity, BadArity2, BodyRec, ErlRec,
     #point{x = 1}, #point.y, record_info(size, point), record_info(fields, point)}.
