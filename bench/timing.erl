%% Times one benchmark inside the VM: bench.py generates a b_NAME module per benchmark whose
%% start/0 calls timing:time(Module, Arg). The benchmark module is loaded before the clock
%% starts, so neither VM start-up nor code loading is measured.
-module(timing).
-export([time/2]).

%% Returns {Checksum, WallMicroseconds, RuntimeMilliseconds}. statistics(runtime) is CPU time
%% on OTP (bench.py uses it for OTP's CPU column; for this VM it measures CPU from outside).
time(M, Arg) ->
    M = M:module_info(module),
    {R0, _} = erlang:statistics(runtime),
    T0 = erlang:monotonic_time(microsecond),
    C = M:run(Arg),
    T1 = erlang:monotonic_time(microsecond),
    {R1, _} = erlang:statistics(runtime),
    {C, T1 - T0, R1 - R0}.
