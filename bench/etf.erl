%% External term format: term_to_binary / binary_to_term round trips of a ~10 KB term
%% mixing small and big integers, floats, atoms, binaries, strings, tuples and maps.
-module(etf).
-export([start/0, run/1]).

start() -> run(10000).

run(N) ->
    T = term(),
    loop(N, T, 0, true).

loop(0, _, Acc, Same) -> {Acc, Same};
loop(N, T, Acc, Same) ->
    B = term_to_binary(T),
    T2 = binary_to_term(B),
    Same1 = case N band 1023 of 0 -> Same andalso T2 =:= T; _ -> Same end,
    loop(N - 1, T, (Acc + byte_size(B) + tuple_size(element(1, T2))) band 16#FFFFFFF, Same1).

term() ->
    Items = [item(I) || I <- seq(1, 100)],
    {{alpha, beta, gamma}, Items, #{name => <<"benchmark">>, size => 100, ratio => 0.75},
     "a plain string of some length", [1 bsl 70, -(1 bsl 65), 123456789012345]}.

item(I) ->
    {item, I, I * 1000003, I / 7, list_to_atom("atom_" ++ integer_to_list(I rem 10)),
     <<I:32, "payload">>, [I, I + 1, I + 2], #{id => I, tag => odd_even(I)}}.

odd_even(I) when I band 1 =:= 0 -> even;
odd_even(_) -> odd.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
