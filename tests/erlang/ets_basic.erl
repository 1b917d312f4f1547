-module(ets_basic).
-export([start/0, id/1]).

id(X) -> X.

catching(F) ->
    try F() catch C:R -> {C, R} end.

start() ->
    [set(), bag(), dbag(), named(), keypos(), errors(), counters(), elements(), misc()].

set() ->
    T = ets:new(?MODULE:id(t), [set]),
    true = ets:insert(T, {a, 1}),
    true = ets:insert(T, [{b, 2}, {c, 3}, {d, <<"bin">>, [x, y]}]),
    true = ets:insert(T, {a, 10}),
    R1 = ets:lookup(T, a),
    R2 = ets:lookup(T, zz),
    R3 = {ets:member(T, b), ets:member(T, zz)},
    R4 = ets:insert_new(T, {a, 99}),
    R5 = ets:insert_new(T, [{e, 5}, {f, 6}]),
    R6 = ets:insert_new(T, [{g, 7}, {a, 6}]),
    R7 = lists:sort(ets:tab2list(T)),
    R8 = ets:info(T, size),
    true = ets:delete(T, b),
    R9 = ets:lookup(T, b),
    true = ets:delete_object(T, {c, 4}),
    R10 = ets:lookup(T, c),
    true = ets:delete_object(T, {c, 3}),
    R11 = ets:lookup(T, c),
    R12 = ets:lookup_element(T, d, 2),
    R13 = catching(fun() -> ets:lookup_element(T, d, 4) end),
    R14 = catching(fun() -> ets:lookup_element(T, nokey, 1) end),
    R15 = ets:take(T, d),
    R16 = ets:lookup(T, d),
    %% 1 and 1.0 are different keys in a set
    ets:insert(T, [{1, int}, {1.0, float}]),
    R17 = {ets:lookup(T, 1), ets:lookup(T, 1.0)},
    true = ets:delete_all_objects(T),
    R18 = {ets:info(T, size), ets:tab2list(T)},
    true = ets:delete(T),
    R19 = ets:info(T),
    R20 = catching(fun() -> ets:lookup(T, a) end),
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20}.

bag() ->
    T = ets:new(b, [bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    ets:insert(T, {k, 3}),
    R1 = ets:lookup(T, k),
    R2 = ets:lookup_element(T, k, 2),
    ets:delete_object(T, {k, 2}),
    R3 = ets:lookup(T, k),
    R4 = ets:info(T, size),
    R5 = ets:insert_new(T, {k, 9}),
    ets:delete(T, k),
    R6 = ets:tab2list(T),
    {R1, R2, R3, R4, R5, R6, ets:info(T, type)}.

dbag() ->
    T = ets:new(b, [duplicate_bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    R1 = ets:lookup(T, k),
    ets:delete_object(T, {k, 1}),
    R2 = ets:lookup(T, k),
    R3 = ets:info(T, size),
    {R1, R2, R3, ets:info(T, type)}.

named() ->
    Name = ets:new(my_named, [named_table, public]),
    ets:insert(my_named, {x, 1}),
    R1 = ets:lookup(my_named, x),
    R2 = catching(fun() -> ets:new(my_named, [named_table]) end),
    R3 = is_reference(ets:whereis(my_named)),
    R4 = ets:whereis(not_a_table),
    R5 = ets:info(my_named, named_table),
    R6 = ets:rename(my_named, renamed_tab),
    R7 = ets:lookup(renamed_tab, x),
    R8 = catching(fun() -> ets:lookup(my_named, x) end),
    R9 = ets:info(renamed_tab, name),
    Unnamed = ets:new(plain, []),
    R10 = catching(fun() -> ets:lookup(plain, x) end),
    R11 = ets:info(Unnamed, name),
    R12 = is_reference(Unnamed),
    ets:delete(renamed_tab),
    R13 = ets:whereis(renamed_tab),
    {Name, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13}.

keypos() ->
    T = ets:new(k, [{keypos, 2}]),
    ets:insert(T, [{rec, a, 1}, {rec, b, 2}]),
    R1 = ets:lookup(T, a),
    R2 = catching(fun() -> ets:insert(T, {only}) end),
    R3 = ets:info(T, keypos),
    R4 = ets:update_element(T, b, {3, 20}),
    R5 = catching(fun() -> ets:update_element(T, b, {2, z}) end),
    R6 = ets:lookup(T, b),
    {R1, R2, R3, R4, R5, R6}.

errors() ->
    T = ets:new(e, []),
    [catching(fun() -> ets:new(e, [bogus]) end),
     catching(fun() -> ets:new("e", []) end),
     catching(fun() -> ets:new(e, [{keypos, 0}]) end),
     catching(fun() -> ets:insert(T, notatuple) end),
     catching(fun() -> ets:insert(T, [{a}, b]) end),
     ets:lookup(T, a),
     catching(fun() -> ets:lookup(no_such_table, a) end),
     catching(fun() -> ets:insert(T, {}) end),
     catching(fun() -> ets:delete_object(T, x) end),
     ets:info(no_such_table),
     ets:info(no_such_table, size),
     catching(fun() -> ets:info(T, bogus) end),
     catching(fun() -> ets:info("x") end),
     catching(fun() -> ets:update_counter(T, missing, 1) end),
     catching(fun() -> ets:next(T, missing) end)].

counters() ->
    T = ets:new(c, [set]),
    ets:insert(T, {c, 0, 10, x}),
    R1 = ets:update_counter(T, c, 1),
    R2 = ets:update_counter(T, c, {3, -4}),
    R3 = ets:update_counter(T, c, [{2, 5}, {3, 1}, {2, 1}]),
    R4 = ets:update_counter(T, c, {2, 100, 50, 0}),
    R5 = ets:update_counter(T, c, {3, -100, 0, 7}),
    R6 = ets:lookup(T, c),
    R7 = catching(fun() -> ets:update_counter(T, c, {4, 1}) end),
    R8 = catching(fun() -> ets:update_counter(T, c, {1, 1}) end),
    R9 = catching(fun() -> ets:update_counter(T, c, {5, 1}) end),
    R10 = ets:update_counter(T, new, 5, {new, 100}),
    R11 = ets:update_counter(T, new2, [{2, 1}, {3, 2}], {whatever, 0, 0}),
    R12 = ets:lookup(T, new2),
    R13 = ets:update_counter(T, big, 1 bsl 62, {big, 1 bsl 62}),
    R14 = ets:update_counter(T, big, -(1 bsl 63)),
    B = ets:new(cb, [bag]),
    ets:insert(B, {c, 1}),
    R15 = catching(fun() -> ets:update_counter(B, c, 1) end),
    O = ets:new(co, [ordered_set]),
    R16 = ets:update_counter(O, 1, 1, {1, 0}),
    R17 = ets:update_counter(O, 1.0, 1, {1, 0}),
    R18 = ets:tab2list(O),
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18}.

elements() ->
    T = ets:new(u, [ordered_set]),
    ets:insert(T, {k, a, b, c}),
    R1 = ets:update_element(T, k, [{2, x}, {4, z}]),
    R2 = ets:update_element(T, missing, {2, x}),
    R3 = catching(fun() -> ets:update_element(T, k, {5, x}) end),
    R4 = ets:lookup(T, k),
    {R1, R2, R3, R4}.

misc() ->
    T = ets:new(m, [public]),
    Big = lists:seq(1, 200),
    Bin = binary:copy(<<"abc">>, 100),
    ets:insert(T, {big, Big, Bin, {nested, [Bin, 3.5, -1 bsl 80]}}),
    [{big, B2, Bin2, N2}] = ets:lookup(T, big),
    R1 = {B2 =:= Big, Bin2 =:= Bin, N2},
    Ref = make_ref(),
    ets:insert(T, {ref, Ref}),
    R2 = ets:lookup_element(T, ref, 2) =:= Ref,
    R3 = [X || {X} <- lists:sort([{ets:info(T, protection)}, {ets:info(T, type)}])],
    R4 = {ets:info(T, owner) =:= self(), ets:info(T, heir), ets:info(T, node),
          ets:info(T, compressed), ets:info(T, read_concurrency)},
    R5 = lists:member(T, ets:all()),
    {R1, R2, R3, R4, R5}.
