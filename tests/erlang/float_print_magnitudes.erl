-module(float_print_magnitudes).
-export([start/0, id/1]).

id(X) -> X.

%% The result itself contains floats of all magnitudes: this checks the
%% VM's ~w float rendering (shortest round-trip form).
start() ->
    Pow = powers(?MODULE:id(1.0), 0, []),
    NegPow = negpowers(?MODULE:id(1.0), 0, []),
    Misc = [?MODULE:id(V) || V <- [1.0e-300, 5.0e-324, 1.0e-323, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.0e15, 1.0e16, 123456789012345680.0, 0.1, 1 / 3,
            1.7976931348623157e308, 4.9e-324, 0.1 + 0.2, 100.0, 1.0e21, 1.0e22, 999999999999999.9,
            9999999999999998.0, 0.001, 0.0001, 1.5e-7, 12.5, 1.0e-10, 6.02214076e23,
            1.602176634e-19, 3.141592653589793, 2.718281828459045, 299792458.0, -1.0e-5,
            -123.456, 1.2e34, 4.0e40, 8.5, 0.5e-6, 65536.0, 4294967296.0, 18446744073709551616.0]],
    Ints = [float(?MODULE:id(I)) || I <- [1, 10, 100, 1000, 10000, 100000, 1000000, 12345678,
            123456789012, 999999999999999, 1000000000000000, 10000000000000000]],
    {Pow, NegPow, Misc, Ints}.

powers(_, 25, Acc) -> lists:reverse(Acc);
powers(X, N, Acc) -> powers(X * 10, N + 1, [X | Acc]).

negpowers(_, 25, Acc) -> lists:reverse(Acc);
negpowers(X, N, Acc) -> negpowers(X / 10, N + 1, [X | Acc]).
