-module(exc_nested_rethrow).
-export([start/0, id/1]).

id(X) -> X.

level3(X) -> throw({l3, ?MODULE:id(X)}).

level2(X) ->
    try level3(X)
    catch throw:{l3, V} when V > 10 -> throw({l2, V})
    end.

level1(X) ->
    try level2(X)
    catch
        throw:{l2, V} -> {handled_l2, V};
        throw:{l3, V} -> error({converted, V})
    end.

top(X) -> try level1(X) catch Cl:Rs -> {top, Cl, Rs} end.

wrap(0, F) -> F();
wrap(N, F) ->
    try wrap(N - 1, F)
    catch throw:{depth, D} -> throw({depth, D + 1})
    end.

start() ->
    Levels = [top(?MODULE:id(V)) || V <- [50, 5]],
    Wrapped = try wrap(?MODULE:id(20), fun() -> throw({depth, 0}) end) catch throw:W -> W end,
    InCatch = try
                  try error(?MODULE:id(a))
                  catch error:a ->
                      try error(?MODULE:id(b))
                      catch error:b -> throw(?MODULE:id(c))
                      end
                  end
              catch throw:c -> got_c
              end,
    InAfter = try
                  try throw(?MODULE:id(first))
                  after
                      try throw(?MODULE:id(in_after)) catch throw:in_after -> ok end
                  end
              catch throw:T -> {outer_got, T}
              end,
    {Levels, Wrapped, InCatch, InAfter}.
