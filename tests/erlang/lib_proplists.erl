-module(lib_proplists).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    L = ?MODULE:id([a, {b, 1}, {c, 2, 3}, "str", {a, false}, {b, 2}, d, {e}, {1, x}, {f, [1, 2]}, {f, 3}, f]),
    {proplists:get_keys(L), proplists:get_keys([z, y, x, {w, 1}, 3, {0}]),
     proplists:get_value(b, L), proplists:get_value(a, L), proplists:get_value(c, L),
     proplists:get_value(zz, L), proplists:get_value(zz, L, def), proplists:get_value(c, L, def),
     proplists:get_all_values(b, L), proplists:get_all_values(a, L), proplists:append_values(f, L),
     proplists:lookup(c, L), proplists:lookup(a, L), proplists:lookup(zz, L), proplists:lookup_all(a, L),
     proplists:lookup_all(b, L), proplists:is_defined(e, L), proplists:is_defined(zz, L),
     proplists:get_bool(a, L), proplists:get_bool(b, L), proplists:get_bool(a, [{a, false}, a]),
     proplists:get_bool(zz, L), proplists:delete(a, L), proplists:delete(b, L), proplists:compact(L),
     proplists:unfold(L), proplists:property({a, true}), proplists:property({a, b, c}),
     proplists:property({"a", true}), proplists:property(a, true), proplists:property(a, 1),
     proplists:property("a", true), proplists:split(L, [a, b, zz]), proplists:to_map(L),
     proplists:to_map([{c, 1, 2}, {c, [x]}, b]), proplists:from_map(#{a => 1, b => true}),
     stages(L), errors()}.

stages(L) ->
    {proplists:substitute_aliases([{a, x}, {b, y}], L),
     proplists:substitute_negations([{no_a, a}, {d, no_d}],
                                    [no_a, {no_a, true}, {no_a, false}, {no_a, 3}, d, {d, false}, e]),
     proplists:expand([{a, [x, {y, 1}]}, {{b, 2}, [z]}], [a, {a, true}, {a, false}, {b, 2}, {b, 1}, q]),
     proplists:expand([{foo, [bar, baz]}], [fie, foo, fum, "s"]),
     proplists:expand([{a, [[b]]}], [a]),
     proplists:normalize([no_a, x, {y, 2}],
                         [{aliases, [{x, xx}]}, {negations, [{no_a, a}]}, {expand, [{xx, [q, r]}]}]),
     proplists:to_map([no_a, x], [{negations, [{no_a, a}]}])}.

errors() ->
    {?E(proplists:get_keys(a)), ?E(proplists:get_value(a, a)), ?E(proplists:get_value(a, [b | c])),
     proplists:get_value(a, [a | c]), ?E(proplists:lookup(a, x)), ?E(proplists:compact(x)),
     ?E(proplists:unfold(x)), ?E(proplists:split(x, [a])), ?E(proplists:split([a], x)),
     ?E(proplists:to_map(x)), ?E(proplists:from_map(x)), ?E(proplists:expand([], x)),
     ?E(proplists:expand(x, [])), ?E(proplists:normalize([], x)), proplists:substitute_aliases(x, []),
     ?E(proplists:substitute_negations([x], [a])), ?E(proplists:expand([{a, [b]}], [a | d]))}.
