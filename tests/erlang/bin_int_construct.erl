-module(bin_int_construct).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    V = ?I(16#123456789ABCDEF0),
    N = ?I(-2),
    [
     [<<V:S>> || S <- seq(1, 16)],
     [<<V:S>> || S <- [24, 31, 32, 33, 48, 63, 64, 65, 72, 100, 128]],
     [<<V:S/little>> || S <- [8, 12, 16, 24, 32, 33, 64, 65, 100]],
     [<<N:S>> || S <- [1, 2, 3, 7, 8, 9, 16, 32, 63, 64, 65, 100]],
     [<<N:S/little>> || S <- [8, 12, 16, 24, 64, 100]],
     [<<N:S/signed>> || S <- [8, 16]],
     <<?I(256):8>>, <<?I(257):8>>, <<?I(-1):8>>, <<?I(-129):8>>,
     <<?I(1 bsl 100):8>>, <<?I((1 bsl 100) + 5):8>>,
     <<?I(-(1 bsl 100)):104>>,
     <<?I(1 bsl 100):101>>,
     <<?I(1 bsl 100):101/little>>,
     <<?I(16#ABCD):16/big>>, <<?I(16#ABCD):16/little>>,
     <<?I(16#ABCD):16/native>> =:= <<16#ABCD:16/little>> orelse
         <<?I(16#ABCD):16/native>> =:= <<16#ABCD:16/big>>,
     <<?I(1):1, ?I(0):1, ?I(1):1, ?I(1):5>>,
     <<?I(5):3>>, <<?I(5):3/little>>,
     <<?I(16#ABC):12/little>>,
     <<?I(16#ABCDE):20/little>>,
     <<?I(16#ABCDE):20/big>>,
     <<?I(7):0>>,
     <<?I(3)>>, <<?I(300)>>,
     <<?I(1), ?I(2):16, ?I(3):24, ?I(4):32>>,
     <<?I(1):4/unit:2>>,
     <<?I(1):3/unit:8>>,
     <<?I(-1):3/unit:8-signed-little>>,
     t(fun() -> <<(?I(1.5)):8>> end),
     t(fun() -> <<(?I(a)):8>> end),
     t(fun() -> <<(?I(1)):(?I(-1))>> end),
     t(fun() -> <<(?I(1)):(?I(a))>> end),
     t(fun() -> <<(?I(<<1>>)):8>> end),
     size_var(?I(0)), size_var(?I(5)), size_var(?I(13)), size_var(?I(77)),
     <<?I(16#FF):8/signed>>,
     <<?I(-128):8/unsigned>>,
     <<?I(123456789012345678901234567890):128>>,
     <<?I(-123456789012345678901234567890):128/little>>,
     bit_size(<<?I(0):1000>>), byte_size(<<?I(-1):1000>>),
     binary:last(<<?I(-1):1000>>), binary:first(<<?I(1):1000/little>>)
    ].

size_var(S) -> {<<16#FFFF:S>>, <<-1:S>>, <<1:S/little>>, bit_size(<<0:S>>)}.
