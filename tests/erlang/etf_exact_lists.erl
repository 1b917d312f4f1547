-module(etf_exact_lists).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Lists = [[], "a", "abc", [0, 255], [256], [1, a], [a | b], [1 | 2], [[]], [[], []], "é",
             [16#3B1], [-1], [1.0], [<<"x">>], [{}, []]],
    Enc = [term_to_binary(?MODULE:id(L)) || L <- Lists],
    Str65535 = term_to_binary(?MODULE:id([$x || _ <- seq(1, 65535)])),
    Str65536 = term_to_binary(?MODULE:id([$x || _ <- seq(1, 65536)])),
    Heads = [{binary:part(B, 0, 5), byte_size(B)} || B <- [Str65535, Str65536]],
    Dec = [binary_to_term(?MODULE:id(B)) || B <- [<<131, 106>>, <<131, 107, 0, 0>>, <<131, 107, 0, 2, 104, 105>>,
           <<131, 108, 0, 0, 0, 1, 97, 1, 97, 2>>, <<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 106>>,
           <<131, 108, 0, 0, 0, 0, 106>>, <<131, 108, 0, 0, 0, 1, 107, 0, 1, 65, 106>>]],
    {Enc, Heads, Dec}.
