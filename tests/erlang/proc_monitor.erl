-module(proc_monitor).
-compile(nowarn_unused_function).
-export([start/0]).

start() ->
    {P, Ref} = spawn_monitor(fun() -> exit(bye) end),
    D1 = receive {'DOWN', Ref, process, P, R} -> R end,
    P2 = spawn(fun() -> receive stop -> ok end end),
    Ref2 = monitor(process, P2),
    P2 ! stop,
    D2 = receive {'DOWN', Ref2, process, P2, R2} -> R2 end,
    Ref3 = monitor(process, P2),
    D3 = receive {'DOWN', Ref3, process, P2, R3} -> R3 end,
    P4 = spawn(fun() -> receive stop -> ok end end),
    Ref4 = monitor(process, P4),
    T4 = demonitor(Ref4),
    P4 ! stop,
    D4 = receive {'DOWN', Ref4, _, _, _} -> got after 50 -> none end,
    P5 = spawn(fun() -> receive stop -> ok end end),
    Ref5 = monitor(process, P5),
    I5 = demonitor(Ref5, [info]),
    I5b = demonitor(Ref5, [info]),
    P5 ! stop,
    P6 = spawn(fun() -> ok end),
    Ref6 = monitor(process, P6),
    receive after 20 -> ok end,
    F6 = demonitor(Ref6, [flush, info]),
    Left6 = receive {'DOWN', Ref6, _, _, _} -> left after 0 -> flushed end,
    P7 = spawn(fun() -> receive stop -> exit(named_stop) end end),
    register(mon_target, P7),
    Ref7 = monitor(process, mon_target),
    mon_target ! stop,
    D7 = receive {'DOWN', Ref7, process, Obj7, R7} -> {Obj7, R7} end,
    Ref8 = monitor(process, no_such_name),
    D8 = receive {'DOWN', Ref8, process, Obj8, R8} -> {Obj8, R8} end,
    {P9, Ref9} = spawn_monitor(fun() -> erlang:error(crashed) end),
    D9 = receive {'DOWN', Ref9, process, P9, {R9, [_ | _]}} -> R9 end,
    {P10, Ref10} = spawn_monitor(fun() -> throw(ball) end),
    D10 = receive {'DOWN', Ref10, process, P10, {R10, _}} -> R10 end,
    Bad = t(fun() -> monitor(foo, self()) end),
    {D1, D2, D3, T4, D4, I5, I5b, F6, Left6, D7, D8, D9, D10, Bad}.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
sum(L) -> sum(L, 0).
sum([], A) -> A;
sum([H | T], A) -> sum(T, A + H).
foldl(_, Acc, []) -> Acc;
foldl(F, Acc, [H | T]) -> foldl(F, F(H, Acc), T).
member(_, []) -> false;
member(X, [X | _]) -> true;
member(X, [_ | T]) -> member(X, T).
lists_reverse(L) -> lists_reverse(L, []).
lists_reverse([], A) -> A;
lists_reverse([H | T], A) -> lists_reverse(T, [H | A]).
msort([]) -> [];
msort([P | T]) -> msort([X || X <- T, X < P]) ++ [P] ++ msort([X || X <- T, X >= P]).
t(F) -> try F() catch C:R -> {C, R} end.
