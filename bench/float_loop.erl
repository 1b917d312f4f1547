%% Float arithmetic: a Mandelbrot set on an N x N grid (only +, -, *, comparisons, so the
%% result is exact IEEE and must match OTP bit for bit), plus a float accumulation.
-module(float_loop).
-export([start/0, run/1]).

-define(MAXITER, 64).

start() -> run(200).

run(N) ->
    Step = 3.0 / N,
    {Inside, Iters, Acc} = rows(0, N, Step, 0, 0, 0.0),
    {Inside, Iters, Acc, basel(N * 100, 0.0)}.

rows(Y, N, _Step, In, It, Acc) when Y >= N -> {In, It, Acc};
rows(Y, N, Step, In, It, Acc) ->
    Ci = Y * Step - 1.5,
    {In1, It1, Acc1} = cols(0, N, Step, Ci, In, It, Acc),
    rows(Y + 1, N, Step, In1, It1, Acc1).

cols(X, N, _Step, _Ci, In, It, Acc) when X >= N -> {In, It, Acc};
cols(X, N, Step, Ci, In, It, Acc) ->
    Cr = X * Step - 2.0,
    case iter(0.0, 0.0, Cr, Ci, 0) of
        {inside, K} -> cols(X + 1, N, Step, Ci, In + 1, It + K, Acc);
        {out, K, M} -> cols(X + 1, N, Step, Ci, In, It + K, Acc + M)
    end.

iter(_Zr, _Zi, _Cr, _Ci, K) when K >= ?MAXITER -> {inside, K};
iter(Zr, Zi, Cr, Ci, K) ->
    Zr2 = Zr * Zr,
    Zi2 = Zi * Zi,
    M = Zr2 + Zi2,
    if
        M > 4.0 -> {out, K, M};
        true -> iter(Zr2 - Zi2 + Cr, 2.0 * Zr * Zi + Ci, Cr, Ci, K + 1)
    end.

%% sum 1/k^2, k = 1..N
basel(0, Acc) -> Acc;
basel(K, Acc) -> basel(K - 1, Acc + 1.0 / (K * K)).
