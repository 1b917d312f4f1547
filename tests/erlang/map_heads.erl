-module(map_heads).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

kind(#{type := circle, r := R}) -> {circle, R};
kind(#{type := rect, w := W, h := H}) when W =:= H -> {square, W};
kind(#{type := rect, w := W, h := H}) -> {rect, W, H};
kind(#{type := T}) -> {unknown, T};
kind(#{}) -> untyped;
kind(_) -> not_a_map.

getkey(K, M) ->
    case M of
        #{K := V} -> {found, V};
        _ -> missing
    end.

both(#{a := X}, #{a := X}) -> same_a;
both(#{a := _}, #{a := _}) -> diff_a;
both(_, _) -> no_a.

guarded(M) when is_map_key(k, M), map_get(k, M) > 10 -> big;
guarded(M) when is_map_key(k, M) -> small;
guarded(M) when is_map(M) -> nokey;
guarded(_) -> nomap.

sizes(M) when map_size(M) =:= 0 -> empty;
sizes(M) when map_size(M) < 3 -> few;
sizes(M) when is_map(M) -> many.

guard_bad(X) when map_get(k, X) =:= 1 -> one;
guard_bad(_) -> fallthrough.

start() ->
    [
     kind(?MODULE:id(#{type => circle, r => 5})),
     kind(?MODULE:id(#{type => rect, w => 2, h => 2})),
     kind(?MODULE:id(#{type => rect, w => 2, h => 3, extra => x})),
     kind(?MODULE:id(#{type => rect, w => 2})),
     kind(?MODULE:id(#{r => 1})),
     kind(?MODULE:id(#{})),
     kind(?MODULE:id([type])),
     getkey(a, ?MODULE:id(#{a => 1})),
     getkey(b, ?MODULE:id(#{a => 1})),
     getkey({k}, ?MODULE:id(#{{k} => tuple_key})),
     getkey(1, ?MODULE:id(#{1.0 => flt})),
     getkey(a, ?MODULE:id(notmap)),
     both(?MODULE:id(#{a => 1}), ?MODULE:id(#{a => 1, b => 2})),
     both(?MODULE:id(#{a => 1}), ?MODULE:id(#{a => 1.0})),
     both(?MODULE:id(#{a => 1}), ?MODULE:id(#{b => 1})),
     guarded(?MODULE:id(#{k => 11})),
     guarded(?MODULE:id(#{k => 1})),
     guarded(?MODULE:id(#{k => atom})),
     guarded(?MODULE:id(#{j => 1})),
     guarded(?MODULE:id(5)),
     sizes(?MODULE:id(#{})), sizes(?MODULE:id(#{a => 1})), sizes(?MODULE:id(#{a => 1, b => 2, c => 3})),
     t(fun() -> sizes(?MODULE:id(x)) end),
     guard_bad(?MODULE:id(#{k => 1})),
     guard_bad(?MODULE:id(#{})),
     guard_bad(?MODULE:id(nomap)),
     case ?MODULE:id(#{status => ok, data => [1, 2]}) of
         #{status := error} -> err;
         #{status := ok, data := [First | _]} -> {ok, First}
     end,
     case ?MODULE:id(#{}) of
         #{x := _} -> x;
         _ -> default
     end,
     t(fun() -> case ?MODULE:id(#{a => 1}) of #{b := _} -> b end end),
     [kind(M) || M <- ?MODULE:id([#{type => circle, r => 1}, #{type => tri}, 7])],
     begin F = fun(#{n := N}) -> N * 2 end, F(?MODULE:id(#{n => 21})) end,
     t(fun() -> (fun(#{n := N}) -> N end)(?MODULE:id(#{m => 1})) end)
    ].
