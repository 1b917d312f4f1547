-module(conv_tuple_list).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    L2T = [list_to_tuple(?MODULE:id(L)) || L <- [[], [a], [1, 2, 3], [[a], {b}, "c"], [{}]]],
    T2L = [tuple_to_list(?MODULE:id(T)) || T <- [{}, {a}, {1, {2}, [3]}, {{}, {{}}}]],
    Big = list_to_tuple(seq(?MODULE:id(1), 5000)),
    BigInfo = {tuple_size(Big), element(1, Big), element(5000, Big), element(2500, Big)},
    BigBack = tuple_to_list(Big) =:= seq(1, 5000),
    RoundTrip = [tuple_to_list(list_to_tuple(?MODULE:id(L))) =:= L || L <- [[], [x], seq(1, 100)]],
    Bad = [t(fun() -> list_to_tuple(?MODULE:id(X)) end) || X <- [[a | b], a, {a}, <<>>, "ab" ++ c]],
    BadT = [t(fun() -> tuple_to_list(?MODULE:id(X)) end) || X <- [[a], a, <<>>, #{}]],
    Str = list_to_tuple(?MODULE:id("hello")),
    {L2T, T2L, BigInfo, BigBack, RoundTrip, Bad, BadT, Str}.
