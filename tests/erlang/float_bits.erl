-module(float_bits).
-export([start/0, id/1]).

id(X) -> X.

bits(F) -> <<B:64>> = <<F:64/float>>, B.

from_bits(B) ->
    case <<B:64>> of
        <<F:64/float>> -> F;
        _ -> not_finite
    end.

start() ->
    Vals = [?MODULE:id(V) || V <- [0.0, -0.0, 1.0, -1.0, 0.1, 2.0, 0.5, 1.7976931348623157e308,
            2.2250738585072014e-308, 5.0e-324, 3.141592653589793]],
    Bits = [bits(V) || V <- Vals],
    Back = [from_bits(B) || B <- Bits],
    Special = [from_bits(?MODULE:id(B)) || B <- [16#7FF0000000000000, 16#FFF0000000000000,
               16#7FF8000000000000, 16#0000000000000001, 16#000FFFFFFFFFFFFF, 16#3FF0000000000001]],
    Next = [from_bits(bits(?MODULE:id(V)) + 1) - V || V <- [1.0, 1.0e10, 1.0e-10]],
    F32 = [begin <<X:32/float>> = <<(?MODULE:id(V)):32/float>>, X end || V <- [0.1, 1.5, 1.0e30, -2.5]],
    {Bits, Back, Special, Next, F32}.
