-module(ets_owner).
-export([start/0, id/1]).

id(X) -> X.

catching(F) ->
    try F() catch C:R -> {C, R} end.

%% Runs F in a new process and returns its result.
in_proc(F) ->
    Self = self(),
    Pid = spawn(fun() -> Self ! {self(), catching(F)} end),
    receive {Pid, R} -> R end.

start() ->
    Pub = ets:new(pub, [public]),
    Prot = ets:new(prot, [protected]),
    Priv = ets:new(priv, [private]),
    [ets:insert(T, {k, 1}) || T <- [Pub, Prot, Priv]],
    Access = [in_proc(fun() -> ets:lookup(T, k) end) || T <- [Pub, Prot, Priv]]
        ++ [in_proc(fun() -> ets:insert(T, {k, 2}) end) || T <- [Pub, Prot, Priv]]
        ++ [in_proc(fun() -> ets:info(T, size) end) || T <- [Pub, Prot, Priv]]
        ++ [in_proc(fun() -> ets:select(T, [{'_', [], ['$_']}]) end) || T <- [Pub, Prot, Priv]]
        ++ [in_proc(fun() -> ets:delete(T, k) end) || T <- [Pub, Prot, Priv]],
    Own = [ets:lookup(T, k) || T <- [Pub, Prot, Priv]],
    %% a table dies with its owner
    Self = self(),
    P1 = spawn(fun() ->
                       T = ets:new(owned, [named_table, public]),
                       ets:insert(T, {x, 1}),
                       Self ! {made, self()},
                       receive stop -> ok end
               end),
    receive {made, P1} -> ok end,
    Before = ets:lookup(owned, x),
    Ref = monitor(process, P1),
    P1 ! stop,
    receive {'DOWN', Ref, process, P1, _} -> ok end,
    After = catching(fun() -> ets:lookup(owned, x) end),
    Gone = ets:info(owned),
    %% a crashing owner too
    P2 = spawn(fun() ->
                       ets:new(owned2, [named_table, public]),
                       Self ! made2,
                       receive crash -> exit(boom) end
               end),
    receive made2 -> ok end,
    Ref2 = monitor(process, P2),
    P2 ! crash,
    receive {'DOWN', Ref2, process, P2, boom} -> ok end,
    Gone2 = ets:whereis(owned2),
    %% heir
    P3 = spawn(fun() ->
                       T = ets:new(inherit, [named_table, {heir, Self, my_data}]),
                       ets:insert(T, {y, 2}),
                       Self ! made3,
                       receive stop -> ok end
               end),
    receive made3 -> ok end,
    P3 ! stop,
    Heir = receive {'ETS-TRANSFER', Tab, FromPid, Data} -> {Tab, FromPid =:= P3, Data} end,
    HeirOwner = ets:info(inherit, owner) =:= self(),
    HeirLookup = ets:lookup(inherit, y),
    %% give_away
    G = ets:new(gift, []),
    ets:insert(G, {z, 3}),
    P4 = spawn(fun() ->
                       receive {'ETS-TRANSFER', Tab4, From, Gift} ->
                               Self ! {got, Tab4 =:= G, From =:= Self, Gift, ets:lookup(Tab4, z),
                                       ets:insert(Tab4, {w, 4})}
                       end,
                       receive stop -> ok end
               end),
    GA = ets:give_away(G, P4, present),
    Got = receive {got, _, _, _, _, _} = M -> M end,
    GiveBack = catching(fun() -> ets:give_away(G, self(), again) end),
    NotOwnerInsert = catching(fun() -> ets:insert(G, {v, 5}) end),
    OwnerNow = ets:info(G, owner) =:= P4,
    R4 = monitor(process, P4),
    P4 ! stop,
    receive {'DOWN', R4, process, P4, _} -> ok end,
    GGone = ets:info(G),
    SelfGive = catching(fun() -> ets:give_away(Pub, self(), x) end),
    {Access, Own, Before, After, Gone, Gone2, Heir, HeirOwner, HeirLookup, GA, Got, GiveBack,
     NotOwnerInsert, OwnerNow, GGone, SelfGive}.
