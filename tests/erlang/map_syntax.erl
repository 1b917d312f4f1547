-module(map_syntax).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    M = ?MODULE:id(#{a => 1, b => 2}),
    E = ?MODULE:id(#{}),
    K = ?MODULE:id(dyn),
    [
     M, E, map_size(M), map_size(E),
     M#{c => 3}, M#{a => 10}, M#{a := 100},
     t(fun() -> M#{c := 3} end),
     t(fun() -> E#{c := 3} end),
     t(fun() -> (?MODULE:id(notmap))#{a => 1} end),
     t(fun() -> (?MODULE:id([]))#{a := 1} end),
     M#{K => v}, #{K => v, K => w},
     #{a => 1, a => 2},
     M#{a => 1, a := 5},
     E#{1 => one, 1.0 => onef},
     map_size(#{1 => a, 1.0 => b}),
     #{1 => a, 1.0 => b},
     #{[] => nil, {} => tup, <<>> => bin, 0 => zero, "" => str, a => atom, 0.0 => fz},
     #{{a, b} => 1, [1, 2] => 2, #{x => y} => 3, <<"k">> => 4},
     begin #{a := A} = M, A end,
     begin #{a := A2, b := B2} = M, {A2, B2} end,
     begin #{} = M, matched_empty end,
     t(fun() -> #{c := _} = M end),
     t(fun() -> #{a := 2} = M end),
     t(fun() -> #{} = ?MODULE:id(foo) end),
     begin #{K := KV} = ?MODULE:id(#{dyn => found}), KV end,
     begin #{{x, 1} := TV} = ?MODULE:id(#{{x, 1} => tup}), TV end,
     begin #{1 := IV} = ?MODULE:id(#{1 => int, 1.0 => float}), IV end,
     begin #{1.0 := FV} = ?MODULE:id(#{1 => int, 1.0 => float}), FV end,
     t(fun() -> #{1 := _} = ?MODULE:id(#{1.0 => float}) end),
     nested(),
     M =:= #{b => 2, a => 1},
     M == #{a => 1.0, b => 2},
     M =:= #{a => 1.0, b => 2},
     #{a => ?MODULE:id(1)} =:= #{a => 1},
     is_map(M), is_map(E), is_map(?MODULE:id([])),
     (M#{z => 26})#{z := 0},
     maps:get(a, M),
     [V || #{v := V} <- ?MODULE:id([#{v => 1}, #{w => 2}, #{v => 3, w => 4}, v])]
    ].

nested() ->
    N = ?MODULE:id(#{outer => #{inner => #{leaf => 1}}}),
    #{outer := #{inner := #{leaf := L}}} = N,
    Inner = maps:get(inner, maps:get(outer, N)),
    N2 = N#{outer := (maps:get(outer, N))#{inner := Inner#{leaf := L + 1, new => x}}},
    {L, N2}.
