-module(etf_exact_tuples_maps).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Tuples = [{}, {a}, {1, 2}, {{}, {{}}}, {a, "b", <<"c">>, 1.0}],
    EncT = [term_to_binary(?MODULE:id(T)) || T <- Tuples],
    T255 = term_to_binary(?MODULE:id(list_to_tuple(seq(1, 255)))),
    T256 = term_to_binary(?MODULE:id(list_to_tuple(seq(1, 256)))),
    THeads = [{binary:part(B, 0, 6), byte_size(B)} || B <- [T255, T256]],
    Maps = [#{}, #{a => 1}, #{b => 1, a => 2}, #{1 => a, a => 1, "s" => s, {t} => t, 1.0 => f, [] => n},
            #{k => #{k => v}}, maps:from_list([{I, I} || I <- seq(1, 32)])],
    EncM = [term_to_binary(?MODULE:id(M)) || M <- Maps],
    Big = maps:from_list([{I, I} || I <- seq(1, 33)]),
    BigEnc = term_to_binary(?MODULE:id(Big)),
    BigInfo = {binary:part(BigEnc, 0, 6), byte_size(BigEnc), binary_to_term(BigEnc) =:= Big},
    DecT = [binary_to_term(?MODULE:id(B)) || B <- [<<131, 104, 0>>, <<131, 105, 0, 0, 0, 2, 97, 1, 97, 2>>,
            <<131, 105, 0, 0, 0, 0>>]],
    DecM = [binary_to_term(?MODULE:id(B)) || B <- [<<131, 116, 0, 0, 0, 0>>,
            <<131, 116, 0, 0, 0, 2, 100, 0, 1, 98, 97, 2, 100, 0, 1, 97, 97, 1>>,
            <<131, 116, 0, 0, 0, 2, 97, 2, 97, 1, 97, 1, 97, 2>>]],
    DupKey = try binary_to_term(?MODULE:id(<<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>))
             catch Cl:Rs -> {Cl, Rs} end,
    {EncT, THeads, EncM, BigInfo, DecT, DecM, DupKey}.
