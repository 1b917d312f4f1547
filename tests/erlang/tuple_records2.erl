-module(tuple_records2).
-export([start/0, id/1]).

-record(node, {key, val, left = nil, right = nil}).
-record(acct, {id, balance = 0, history = []}).
-record(cfg, {name = "default", opts = #{}, sub = #acct{id = 0}}).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

insert(K, V, nil) -> #node{key = K, val = V};
insert(K, V, N = #node{key = NK}) when K < NK -> N#node{left = insert(K, V, N#node.left)};
insert(K, V, N = #node{key = NK}) when K > NK -> N#node{right = insert(K, V, N#node.right)};
insert(_, V, N) -> N#node{val = V}.

to_list(nil) -> [];
to_list(#node{key = K, val = V, left = L, right = R}) -> to_list(L) ++ [{K, V}] ++ to_list(R).

deposit(A = #acct{balance = B, history = H}, Amt) when Amt > 0 ->
    A#acct{balance = B + Amt, history = [{dep, Amt} | H]}.
withdraw(A = #acct{balance = B}, Amt) when Amt =< B ->
    A#acct{balance = B - Amt, history = [{wd, Amt} | A#acct.history]};
withdraw(_, _) -> {error, insufficient}.

build([], T) -> T;
build([{K, V} | Rest], T) -> build(Rest, insert(K, V, T)).

start() ->
    T = build(?MODULE:id([{5, e}, {2, b}, {8, h}, {1, a}, {9, i}, {5, ee}]), nil),
    A0 = #acct{id = ?MODULE:id(7)},
    A1 = deposit(A0, 100),
    A2 = withdraw(A1, 30),
    C = #cfg{},
    C2 = C#cfg{sub = (C#cfg.sub)#acct{balance = 55}, opts = #{debug => true}},
    [
     to_list(T),
     T#node.key, (T#node.left)#node.key,
     A2, withdraw(A2, 1000),
     A2#acct.history,
     C, C2, C2#cfg.sub#acct.balance,
     t(fun() -> deposit(A0, -5) end),
     t(fun() -> (?MODULE:id(#acct{}))#node.key end),
     [K || #node{key = K} <- [T, T#node.left, T#node.right, nil]],
     is_record(T, node), is_record(A0, node),
     record_info(fields, cfg), record_info(size, node),
     #node.val,
     element(#acct.balance, A2),
     case A2 of #acct{balance = Bal} when Bal > 50 -> {rich, Bal}; #acct{} -> poor end,
     [R#acct.id || R <- [#acct{id = N} || N <- [1, 2, 3]]],
     (#acct{id = 1, balance = 2})#acct{history = [x]} =:= {acct, 1, 2, [x]}
    ].
