-module(cmp_maps).
-export([start/0, id/1]).

id(X) -> X.

cmp(A, B) when A < B -> lt;
cmp(A, B) when A > B -> gt;
cmp(_, _) -> eq.

start() ->
    Pairs = [{#{}, #{a => 1}}, {#{a => 1}, #{a => 2}}, {#{a => 2}, #{b => 1}},
             {#{b => 1}, #{a => 1, b => 1}}, {#{a => 1, b => 2}, #{a => 2, b => 1}},
             {#{1 => a}, #{1.0 => a}}, {#{1 => a}, #{2 => a}}, {#{a => 1}, #{a => 1.0}},
             {#{1 => a}, #{a => 1}}, {#{z => 1}, #{1 => z}}, {#{a => 1, c => 3}, #{b => 2, c => 3}},
             {#{[] => 1}, #{{} => 1}}, {#{x => #{y => 1}}, #{x => #{y => 2}}}],
    R = [{cmp(?MODULE:id(A), B), A == B, A =:= B} || {A, B} <- Pairs],
    Big1 = maps:from_list([{I, I} || I <- seq(1, 40)]),
    Big2 = maps:put(40, 41, Big1),
    Big3 = maps:put(41, 0, Big1),
    BigR = [cmp(?MODULE:id(Big1), Big2), cmp(Big2, Big3), cmp(Big1, Big3), Big1 == maps:put(1, 1.0, Big1),
            Big1 =:= maps:put(1, 1.0, Big1), cmp(#{a => 1}, Big1)],
    Types = [cmp(?MODULE:id(#{}), {}), cmp(?MODULE:id(#{}), []), cmp(?MODULE:id(#{a => b}), {a, b, c, d})],
    {R, BigR, Types}.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
