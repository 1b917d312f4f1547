-module(exc_try_of).
-export([start/0, id/1]).

id(X) -> X.

classify(F) ->
    try F() of
        {ok, V} -> {ok, V};
        error -> plain_error;
        N when is_integer(N), N > 10 -> big;
        N when is_integer(N) -> error({small_int, N})
    catch
        throw:{ok, V} -> {thrown_ok, V};
        error:{small_int, _} -> never_here
    end.

outer(F) ->
    try classify(F) catch Cl:Rs -> {outer, Cl, Rs} end.

start() ->
    Results = [outer(fun() -> ?MODULE:id({ok, 1}) end),
               outer(fun() -> ?MODULE:id(error) end),
               outer(fun() -> ?MODULE:id(50) end),
               outer(fun() -> ?MODULE:id(5) end),
               outer(fun() -> ?MODULE:id(unexpected) end),
               outer(fun() -> throw(?MODULE:id({ok, 2})) end),
               outer(fun() -> throw(?MODULE:id(other)) end),
               outer(fun() -> error(?MODULE:id({small_int, 3})) end),
               outer(fun() -> exit(?MODULE:id(x)) end)],
    NoCatch = try (try ?MODULE:id(7) of 8 -> eight after ok end) catch Cl:Rs -> {Cl, Rs} end,
    OfVar = try ?MODULE:id({a, b}) of {X, Y} -> {Y, X} catch _:_ -> caught end,
    Shadow = begin
                 Z = ?MODULE:id(1),
                 try ?MODULE:id(1) of Z -> same; _ -> different catch _:_ -> caught end
             end,
    {Results, NoCatch, OfVar, Shadow}.
