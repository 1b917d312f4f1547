-module(bin_float).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

m(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Fs = [?I(F) || F <- [0.0, 1.0, -1.0, 0.5, 1.5, -2.25, 3.141592653589793, 1.0e10, 1.0e-10, 65504.0, 1.0e300, 123456.789]],
    [
     [<<F:64/float>> || F <- Fs],
     [<<F:32/float>> || F <- Fs, abs(F) < 1.0e38],
     [<<F:16/float>> || F <- Fs, abs(F) =< 65504.0],
     [<<F/float>> || F <- [?I(1.0), ?I(-0.5)]],
     [<<F:64/float-little>> || F <- [?I(1.0), ?I(-0.5)]],
     [<<F:32/float-little>> || F <- [?I(1.0), ?I(-0.5)]],
     [<<F:16/float-little>> || F <- [?I(1.0), ?I(-0.5)]],
     <<?I(1):64/float>>, <<?I(-3):32/float>>, <<?I(2):16/float>>,
     <<?I(1 bsl 60):64/float>>,
     m(fun() -> <<(?I(1 bsl 1100)):64/float>> end),
     m(fun() -> <<(?I(1.0e300)):32/float>> end),
     m(fun() -> <<(?I(1.0e10)):16/float>> end),
     m(fun() -> <<(?I(70000.0)):16/float>> end),
     m(fun() -> <<(?I(a)):64/float>> end),
     m(fun() -> <<(?I(<<1>>)):64/float>> end),
     m(fun() -> <<(?I(1.0)):8/float>> end),
     m(fun() -> <<(?I(1.0)):(?I(24))/float>> end),
     <<?I(1.0e-40):32/float>>,
     <<?I(1.0e-6):16/float>>,
     <<?I(1.0e-8):16/float>>,
     <<?I(0.1):16/float>>, <<?I(0.1):32/float>>,
     [begin <<X:64/float>> = <<F:64/float>>, X end || F <- Fs],
     [begin <<X:32/float>> = <<F:32/float>>, X end || F <- Fs, abs(F) < 1.0e38],
     [begin <<X:16/float>> = <<F:16/float>>, X end || F <- Fs, abs(F) =< 65504.0],
     [begin <<X:64/float-little>> = <<F:64/float-little>>, X end || F <- Fs],
     [match64(B) || B <- [?I(<<16#7FF0000000000000:64>>), ?I(<<16#FFF0000000000000:64>>),
                          ?I(<<16#7FF8000000000000:64>>), ?I(<<16#0000000000000001:64>>),
                          ?I(<<16#8000000000000000:64>>), ?I(<<16#3FF0000000000000:64>>)]],
     [match32(B) || B <- [?I(<<16#7F800000:32>>), ?I(<<16#7FC00000:32>>), ?I(<<16#00000001:32>>),
                          ?I(<<16#3F800000:32>>), ?I(<<16#C0490FDB:32>>)]],
     [match16(B) || B <- [?I(<<16#7C00:16>>), ?I(<<16#7E00:16>>), ?I(<<16#0001:16>>),
                          ?I(<<16#3C00:16>>), ?I(<<16#7BFF:16>>), ?I(<<16#8000:16>>), ?I(<<16#03FF:16>>)]],
     match_sized(?I(<<1.5:32/float, 2.5:64/float>>)),
     begin <<_:3, X:64/float, _:5>> = ?I(<<0:3, 42.0:64/float, 0:5>>), X end
    ].

match64(<<F:64/float>>) -> F;
match64(_) -> nomatch.
match32(<<F:32/float>>) -> F;
match32(_) -> nomatch.
match16(<<F:16/float>>) -> F;
match16(_) -> nomatch.

match_sized(<<A:32/float, B:64/float>>) -> {A, B}.
