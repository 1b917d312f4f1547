-module(guard_andalso_orelse).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

g1(X) when is_integer(X) andalso X > 10 -> big_int;
g1(X) when is_integer(X) orelse is_float(X) -> number;
g1(X) when not is_atom(X) andalso not is_list(X) -> not_atom_list;
g1(_) -> other.

g2(X) when (X > 5) and (X < 10) -> mid;
g2(X) when (X < 0) or (X > 100) -> outside;
g2(X) when (X =:= 0) xor (X =:= 1) -> zero_or_one;
g2(_) -> default.

%% Exceptions inside an orelse operand make the whole guard fail.
g3(X) when element(1, X) =:= a orelse X =:= b -> matched;
g3(_) -> not_matched.

g4(X) when is_tuple(X) andalso element(1, X) =:= ok -> ok_tuple;
g4(_) -> other.

side(Tag, V) -> put(Tag, true), V.

start() ->
    G1 = [g1(?MODULE:id(V)) || V <- [20, 5, 1.5, {x}, a, [1], <<>>]],
    G2 = [g2(?MODULE:id(V)) || V <- [7, -1, 200, 0, 1, 50, 2]],
    G3 = [g3(?MODULE:id(V)) || V <- [{a, 1}, b, {b}, c, []]],
    G4 = [g4(?MODULE:id(V)) || V <- [{ok, 1}, {error, 1}, ok, {}]],
    Body = [?MODULE:id(true) andalso false, ?MODULE:id(false) andalso error(never), ?MODULE:id(true) orelse error(never),
            ?MODULE:id(false) orelse true, ?MODULE:id(true) andalso ?MODULE:id(7), ?MODULE:id(false) orelse ?MODULE:id(foo)],
    Short = begin
                erase(),
                _ = ?MODULE:id(false) andalso side(a, true),
                _ = ?MODULE:id(true) orelse side(b, true),
                _ = ?MODULE:id(true) andalso side(c, true),
                _ = ?MODULE:id(false) orelse side(d, true),
                [get(a), get(b), get(c), get(d)]
            end,
    Errors = [t(fun() -> ?MODULE:id(1) andalso true end),
              t(fun() -> ?MODULE:id(foo) orelse true end),
              t(fun() -> ?MODULE:id(true) and 1 end),
              t(fun() -> ?MODULE:id(1) or false end),
              t(fun() -> not ?MODULE:id(1) end),
              t(fun() -> ?MODULE:id(true) xor ok end)],
    Ops = [{A and B, A or B, A xor B, not A} || A <- [?MODULE:id(true), false], B <- [true, false]],
    erase(),
    {G1, G2, G3, G4, Body, Short, Errors, Ops}.
