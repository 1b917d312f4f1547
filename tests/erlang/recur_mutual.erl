-module(recur_mutual).
-export([start/0, id/1]).

id(X) -> X.

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

%% three-way mutual tail recursion
a(0, Acc) -> {a, Acc};
a(N, Acc) -> b(N - 1, [a | Acc]).
b(0, Acc) -> {b, Acc};
b(N, Acc) -> c(N - 1, [b | Acc]).
c(0, Acc) -> {c, Acc};
c(N, Acc) -> a(N - 1, [c | Acc]).

%% mutual non-tail: expression parser over token list
%% expr := term ('+' term)* ; term := factor ('*' factor)* ; factor := int | '(' expr ')'
expr(Ts) ->
    {V, R} = term(Ts),
    expr_rest(V, R).
expr_rest(V, ['+' | Ts]) -> {V2, R} = term(Ts), expr_rest(V + V2, R);
expr_rest(V, ['-' | Ts]) -> {V2, R} = term(Ts), expr_rest(V - V2, R);
expr_rest(V, Ts) -> {V, Ts}.
term(Ts) ->
    {V, R} = factor(Ts),
    term_rest(V, R).
term_rest(V, ['*' | Ts]) -> {V2, R} = factor(Ts), term_rest(V * V2, R);
term_rest(V, Ts) -> {V, Ts}.
factor(['(' | Ts]) -> {V, [')' | R]} = expr(Ts), {V, R};
factor([N | Ts]) when is_integer(N) -> {N, Ts}.

count_a({_, L}) -> length([x || a <- L]).

nest(0) -> [1];
nest(N) -> ['(' | nest(N - 1)] ++ ['+', 1, ')'].

start() ->
    [
     is_even(?MODULE:id(100000)), is_odd(?MODULE:id(100001)), is_even(?MODULE:id(7)),
     is_even(?MODULE:id(1000000)),
     element(1, a(?MODULE:id(100), [])), count_a(a(?MODULE:id(100), [])),
     element(1, a(?MODULE:id(1000001), [])),
     expr(?MODULE:id([1, '+', 2, '*', 3])),
     expr(?MODULE:id(['(', 1, '+', 2, ')', '*', 3, '-', 4])),
     expr(?MODULE:id([2, '*', '(', 3, '+', 4, ')', '*', 5, ')', 9])),
     element(1, expr(nest(?MODULE:id(500))))
    ].
