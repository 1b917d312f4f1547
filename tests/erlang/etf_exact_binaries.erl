-module(etf_exact_binaries).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Bins = [<<>>, <<0>>, <<"hello">>, <<1:1>>, <<255:7>>, <<1, 2, 3:2>>, <<0:0>>,
            binary:part(<<"sub binary test">>, 4, 6), list_to_binary([<<"a">>, <<"b">>])],
    Enc = [term_to_binary(?MODULE:id(B)) || B <- Bins],
    Big = term_to_binary(?MODULE:id(<<0:80000>>)),
    BigInfo = {binary:part(Big, 0, 6), byte_size(Big)},
    Dec = [binary_to_term(?MODULE:id(B)) || B <- [<<131, 109, 0, 0, 0, 0>>, <<131, 109, 0, 0, 0, 2, 1, 2>>,
           <<131, 77, 0, 0, 0, 1, 3, 224>>, <<131, 77, 0, 0, 0, 2, 8, 1, 2>>, <<131, 77, 0, 0, 0, 1, 1, 128>>]],
    Nested = term_to_binary(?MODULE:id({<<"k">>, [<<1:4>>, <<>>]})),
    {Enc, BigInfo, Dec, Nested}.
