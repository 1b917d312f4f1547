-module(etf_exact_atoms).
-export([start/0, id/1]).

id(X) -> X.

rep(_, 0) -> [];
rep(C, N) -> [C | rep(C, N - 1)].

start() ->
    Atoms = [a, '', true, false, undefined, 'hello world', 'é', 'ÿ', list_to_atom([16#3B1]),
             list_to_atom([$a, 16#1F600]), list_to_atom(rep($z, 255))],
    Enc = [term_to_binary(?MODULE:id(A)) || A <- Atoms],
    Enc2 = [term_to_binary(?MODULE:id(A), [{minor_version, 2}]) || A <- Atoms],
    Long = term_to_binary(?MODULE:id(list_to_atom(rep(16#3B1, 200)))),
    LongHead = {binary:part(Long, 0, 4), byte_size(Long)},
    Dec = [binary_to_term(?MODULE:id(B)) || B <- [<<131, 100, 0, 3, 97, 98, 99>>, <<131, 115, 2, 111, 107>>,
           <<131, 118, 0, 2, 195, 169>>, <<131, 119, 2, 206, 177>>, <<131, 100, 0, 1, 233>>,
           <<131, 115, 1, 233>>, <<131, 100, 0, 0>>, <<131, 119, 0>>, <<131, 118, 0, 4, 116, 114, 117, 101>>]],
    Same = [binary_to_term(?MODULE:id(<<131, 100, 0, 1, 233>>)) =:= binary_to_term(<<131, 119, 2, 195, 169>>)],
    {Enc, Enc2, LongHead, Dec, Same}.
