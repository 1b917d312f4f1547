-module(etf_exact_floats).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0e300, 5.0e-324, 1.7976931348623157e308, 3.141592653589793],
    Enc = [term_to_binary(?MODULE:id(F)) || F <- Floats],
    Enc0 = [term_to_binary(?MODULE:id(F), [{minor_version, 0}]) || F <- Floats],
    Enc1 = [term_to_binary(?MODULE:id(F), [{minor_version, 1}]) =:= term_to_binary(F) || F <- Floats],
    Dec = [binary_to_term(?MODULE:id(B)) || B <- [<<131, 70, 63, 240, 0, 0, 0, 0, 0, 0>>,
           <<131, 70, 192, 9, 33, 251, 84, 68, 45, 24>>,
           <<131, 99, "1.50000000000000000000e+00", 0, 0, 0, 0, 0>>,
           <<131, 99, "-2.5e-3", 0:(31 - 7)/unit:8>>]],
    {Enc, Enc0, Enc1, Dec}.
