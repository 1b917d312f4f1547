-module(etf_roundtrip).
-export([start/0, id/1]).

id(X) -> X.

rt(T) -> binary_to_term(term_to_binary(T)) =:= T.
rt(T, Opts) -> binary_to_term(term_to_binary(T, Opts)) =:= T.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Terms = [0, 255, 256, -1, 134217727, -134217728, 2147483647, -2147483648, 2147483648, 1 bsl 64,
             -(1 bsl 64), 1 bsl 2100, -(1 bsl 2100), 0.0, -0.0, 1.5, 1.0e300, 5.0e-324, a, '', 'é',
             'hello world', list_to_atom([16#3B1]), [], "abc", [1, 2, 300], [a | b], [[]], {}, {a, {b}},
             list_to_tuple(seq(1, 300)), seq(1, 70000), <<>>, <<"bin">>, <<1:3>>, <<1, 2, 3:5>>,
             #{}, #{a => 1, "b" => [2], {c} => #{d => e}}, maps:from_list([{I, I * I} || I <- seq(1, 100)]),
             [#{[] => <<>>}, {[{}]}], "é" ++ [16#3B1], list_to_binary(seq(0, 255)), true, false, nil],
    Plain = [rt(?MODULE:id(T)) || T <- Terms],
    Comp = [rt(?MODULE:id(T), [compressed]) || T <- Terms],
    Minor0 = [rt(?MODULE:id(T), [{minor_version, 0}]) || T <- Terms],
    Minor2 = [rt(?MODULE:id(T), [{minor_version, 2}]) || T <- Terms],
    Ref = make_ref(), Pid = self(), Fun = fun(X) -> X + 1 end, Ext = fun erlang:abs/1,
    Opaque = [rt(?MODULE:id(Ref)), rt(?MODULE:id(Pid)), rt(?MODULE:id(Ext)),
              (binary_to_term(term_to_binary(Fun)))(41), (binary_to_term(term_to_binary(Ext)))(-3),
              rt(?MODULE:id({Ref, [Pid, Ext]})), rt(?MODULE:id(#{Ref => Pid}))],
    NegZero = binary_to_term(term_to_binary(?MODULE:id(-0.0))),
    {Plain, Comp, Minor0, Minor2, Opaque, NegZero}.
