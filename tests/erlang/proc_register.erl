-module(proc_register).
-compile(nowarn_unused_function).
-export([start/0]).

start() ->
    P = spawn(fun() -> receive {From, ping} -> From ! pong end end),
    true = register(my_server, P),
    W = whereis(my_server) =:= P,
    Dup = t(fun() -> register(my_server, self()) end),
    Dup2 = t(fun() -> register(other_name, P) end),
    my_server ! {self(), ping},
    R = receive pong -> pong end,
    receive after 10 -> ok end,
    Gone = whereis(my_server),
    NoName = t(fun() -> no_such ! hi end),
    NoName2 = t(fun() -> erlang:send(no_such, hi) end),
    true = register(me, self()),
    Regd = member(me, registered()),
    me ! self_msg,
    S = receive self_msg -> ok end,
    {me, nonode@nohost} ! tuple_dest,
    S2 = receive tuple_dest -> ok end,
    U = unregister(me),
    U2 = t(fun() -> unregister(me) end),
    Bad = t(fun() -> register(undefined, self()) end),
    {W, Dup, Dup2, R, Gone, NoName, NoName2, Regd, S, S2, U, U2, Bad}.

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
