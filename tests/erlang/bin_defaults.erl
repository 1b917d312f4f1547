-module(bin_defaults).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    [
     %% default size integer = 8, float = 64, binary = whole, utf = n/a
     <<?I(1)>>, <<?I(1)/integer>>, <<?I(-1)/signed>>, <<?I(1)/little>>,
     <<?I(1.5)/float>>, <<?I(1.5)/float-little>>,
     <<?I(<<"xyz">>)/binary>>, <<?I(<<1:5>>)/bitstring>>,
     begin <<A, B/binary>> = ?I(<<1, 2, 3>>), {A, B} end,
     begin <<F/float>> = ?I(<<2.0/float>>), F end,
     begin <<F2/float, R2/binary>> = ?I(<<2.5/float, 9>>), {F2, R2} end,
     begin <<I1/signed, I2/unsigned>> = ?I(<<255, 255>>), {I1, I2} end,
     begin <<I3/little-signed>> = ?I(<<200>>), I3 end,
     begin <<Bs/bitstring>> = ?I(<<1:9>>), Bs end,
     %% unit defaults: integer 1, binary 8
     <<?I(3):2/unit:1>>, <<?I(3):2/integer-unit:3>>,
     <<?I(<<"abcd">>):2/binary-unit:16>>,
     <<?I(<<"abcd">>):20/bitstring>>,
     <<?I(1.0):8/float-unit:8>>,
     <<?I(1.0):4/float-unit:8>>,
     %% zero sized
     <<?I(12345):0>>, <<?I(-1):0/signed>>, <<?I(<<"x">>):0/binary>>,
     begin <<Z:0, Rest/binary>> = ?I(<<"q">>), {Z, Rest} end,
     begin <<Z2:0/binary, _/binary>> = ?I(<<"q">>), Z2 end,
     t(fun() -> <<(?I(1)):(?I(-8))>> end),
     t(fun() -> <<(?I(<<1, 2>>)):(?I(-1))/binary>> end),
     t(fun() -> <<(?I(1.0)):(?I(0))/float>> end),
     <<?I(1):8/big-unsigned-integer-unit:1>>,
     <<?I(16#102):16/unsigned-little-integer>>,
     <<?I(16#102):16/integer-signed-native>> =:= <<16#102:16/native>>
    ].
