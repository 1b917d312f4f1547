%% Binaries beyond the budget: building them raises system_limit; the process catches it.
%% max-memory: 3M
%% expect: {caught,system_limit,true}
-module(bin_hog).
-export([start/0]).

start() ->
    {R, Bins} = grow([], 1024),
    {caught, R, length(Bins) > 5}.

grow(Acc, Size) ->
    try binary:copy(<<7>>, Size) of
        B -> grow([B | Acc], Size * 2)
    catch
        error:E -> {E, Acc}
    end.
