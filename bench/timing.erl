%% Times one benchmark inside the VM: bench.py generates a b_NAME module per benchmark whose
%% start/0 calls timing:time(Module, Arg). The benchmark module is loaded before the clock
%% starts, so neither VM start-up nor code loading is measured.
-module(timing).
-export([time/2]).

time(M, Arg) ->
    M = M:module_info(module),
    T0 = erlang:monotonic_time(microsecond),
    C = M:run(Arg),
    T1 = erlang:monotonic_time(microsecond),
    {C, T1 - T0}.
