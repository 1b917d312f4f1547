-module(exc_guard_vs_body).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() of V -> {ok, V} catch Cl:Rs -> {Cl, Rs} end.

g_elem(T) when element(3, T) =:= x -> yes;
g_elem(_) -> no.

g_hd(L) when hd(L) =:= x -> yes;
g_hd(_) -> no.

g_len(L) when length(L) > 1 -> yes;
g_len(_) -> no.

g_arith(X) when X * 2 > 10 -> yes;
g_arith(_) -> no.

g_size(X) when byte_size(X) > 1 -> yes;
g_size(_) -> no.

g_map(M) when map_get(a, M) =:= 1 -> yes;
g_map(_) -> no.

start() ->
    Inputs = [{x, y}, [], a, [a | b], 5.5, #{}],
    Guards = [{g_elem(?MODULE:id(I)), g_hd(?MODULE:id(I)), g_len(?MODULE:id(I)),
               g_arith(?MODULE:id(I)), g_size(?MODULE:id(I)), g_map(?MODULE:id(I))} || I <- Inputs],
    Bodies = [{t(fun() -> element(3, ?MODULE:id(I)) end), t(fun() -> hd(?MODULE:id(I)) end),
               t(fun() -> length(?MODULE:id(I)) end), t(fun() -> ?MODULE:id(I) * 2 end),
               t(fun() -> byte_size(?MODULE:id(I)) end), t(fun() -> map_get(a, ?MODULE:id(I)) end)} || I <- Inputs],
    %% A guard-only BIF failing inside a case guard falls to the next clause.
    CaseG = [case ?MODULE:id(V) of X when tuple_size(X) > 1 -> tuple; X when is_atom(X) -> atom; _ -> other end
             || V <- [{1, 2}, a, [1], {}]],
    %% The same expression in a body position after a successful guard raises.
    IfBody = t(fun() -> X = ?MODULE:id([]), if is_list(X) -> hd(X); true -> none end end),
    {Guards, Bodies, CaseG, IfBody}.
