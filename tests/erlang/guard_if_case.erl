-module(guard_if_case).
-export([start/0, id/1]).

id(X) -> X.

sign(X) ->
    if X > 0 -> pos;
       X < 0 -> neg;
       true -> zero
    end.

fizz(N) ->
    if N rem 15 =:= 0 -> fizzbuzz;
       N rem 3 =:= 0 -> fizz;
       N rem 5 =:= 0 -> buzz;
       true -> N
    end.

classify(X) ->
    case X of
        {ok, V} when is_integer(V), V > 100 -> {ok_big, V};
        {ok, V} when is_integer(V) -> {ok_int, V};
        {ok, _} -> ok_other;
        {error, R} when is_atom(R); is_list(R) -> {error, R};
        [H | _] when is_tuple(H) -> list_of_tuples;
        [] -> empty;
        _ when is_binary(X) -> binary;
        _ -> unknown
    end.

nested(X, Y) ->
    case X of
        a ->
            case Y of
                1 -> a1;
                _ -> if Y > 10 -> a_big; true -> a_other end
            end;
        b when Y =:= X -> bb;
        _ -> other
    end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Signs = [sign(?MODULE:id(V)) || V <- [5, -5, 0, 0.0, -0.0, 1 bsl 70, -1.0e-300]],
    Fizz = [fizz(N) || N <- seq(?MODULE:id(1), 30)],
    Cls = [classify(?MODULE:id(V)) || V <- [{ok, 500}, {ok, 5}, {ok, x}, {error, bad}, {error, "s"},
                                             {error, 1}, [{a}], [a], [], <<"b">>, 7]],
    Nested = [nested(?MODULE:id(X), Y) || {X, Y} <- [{a, 1}, {a, 20}, {a, 2}, {b, b}, {b, c}, {c, c}]],
    IfClause = try sign_no_default(?MODULE:id(0)) catch Cl:Rs -> {Cl, Rs} end,
    CaseClause = try case ?MODULE:id(z) of a -> 1; b -> 2 end catch Cl2:Rs2 -> {Cl2, Rs2} end,
    CaseBind = case ?MODULE:id({1, 2}) of {A, B} -> A + B end,
    One = ?MODULE:id(1),
    IfVal = if One =:= 1 -> first; true -> second end,
    {Signs, Fizz, Cls, Nested, IfClause, CaseClause, CaseBind, IfVal}.

sign_no_default(X) ->
    if X > 0 -> pos;
       X < 0 -> neg
    end.
