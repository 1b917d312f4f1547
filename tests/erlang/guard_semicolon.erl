-module(guard_semicolon).
-export([start/0, id/1]).

id(X) -> X.

f(X) when X =:= a; X =:= b -> ab;
f(X) when is_integer(X), X > 0; is_float(X), X > 0 -> positive;
f(X) when hd(X) =:= 1; tl(X) =:= [2] -> list_match;
f(X) when element(2, X) =:= 1; size(X) > 3 -> tuple_match;
f(X) when length(X) > 2; X =:= [] -> long_or_empty;
f(_) -> none.

%% An exception in the first guard sequence must not prevent the second.
h(X) when 1 / X > 0.5; X =:= 0 -> first_or_zero;
h(_) -> other.

k(X) when byte_size(X) > 2; is_atom(X), X =/= nil -> yes;
k(_) -> no.

start() ->
    F = [f(?MODULE:id(V)) || V <- [a, b, 3, 2.5, -1, [1, 9], [0, 2], {x, 1}, {1, 2, 3, 4}, {1, 2},
                                   [5, 6, 7], [], [5, 6], c, 0.0]],
    H = [h(?MODULE:id(V)) || V <- [1, 0, 5, a, 1.5, -1]],
    K = [k(?MODULE:id(V)) || V <- [<<"abc">>, <<"a">>, foo, nil, "abc", 1]],
    {F, H, K}.
