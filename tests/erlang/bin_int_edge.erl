-module(bin_int_edge).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

rt(V, S) ->
    B = <<V:S>>,
    <<U:S>> = B,
    <<Si:S/signed>> = B,
    <<Ul:S/little>> = <<V:S/little>>,
    <<Sl:S/little-signed>> = <<V:S/little>>,
    {U, Si, Ul, Sl}.

start() ->
    Vals = [?I(V) || V <- [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, -32768, 65535, 65536,
                           (1 bsl 31) - 1, -(1 bsl 31), (1 bsl 32) - 1, 1 bsl 32, (1 bsl 63) - 1, -(1 bsl 63),
                           (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64), (1 bsl 59), (1 bsl 60), (1 bsl 61), -(1 bsl 60)]],
    [
     [rt(V, 8) || V <- Vals],
     [rt(V, 16) || V <- Vals],
     [rt(V, 32) || V <- Vals],
     [rt(V, 64) || V <- Vals],
     [rt(V, 65) || V <- Vals],
     [rt(V, 60) || V <- Vals],
     [rt(V, 61) || V <- Vals],
     [rt(?I(-1), S) || S <- seq(1, 9)],
     [rt(?I(1 bsl 200), S) || S <- [199, 200, 201, 208]],
     [rt(?I(-(1 bsl 200)), S) || S <- [199, 200, 201, 208]]
    ].
