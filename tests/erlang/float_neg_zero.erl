-module(float_neg_zero).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    NZ = ?MODULE:id(-0.0),
    Z = ?MODULE:id(0.0),
    Cmp = [NZ == Z, NZ =:= Z, NZ < Z, NZ > Z, NZ =< Z, NZ /= Z, NZ =/= Z, NZ == 0, NZ =:= 0],
    Ops = [NZ + NZ, NZ - Z, Z - Z, NZ * NZ, NZ * 5.0, 5.0 * NZ, -NZ, abs(NZ), NZ / 1.0, Z / -1.0],
    Conv = [trunc(NZ), round(NZ), floor(NZ), ceil(NZ), float_to_list(NZ), float_to_binary(NZ),
            float_to_list(NZ, [{decimals, 2}]), float_to_list(NZ, [short]),
            list_to_float("-0.0"), binary_to_float(<<"-0.0">>)],
    Sign = [sign_bit(?MODULE:id(X)) || X <- [0.0, -0.0, 1.0, -1.0, NZ * -1.0, Z * -1.0]],
    Match = [case NZ of 0.0 -> zero; _ -> other end, case Z of -0.0 -> negzero; _ -> other end],
    Ext = [term_to_binary(NZ), term_to_binary(Z)],
    MinMax = [min(Z, NZ), max(Z, NZ), min(NZ, Z), max(NZ, Z)],
    {Cmp, Ops, Conv, Sign, Match, Ext, MinMax, math:sqrt(NZ)}.

sign_bit(F) ->
    <<S:1, _:63>> = <<F/float>>,
    S.
