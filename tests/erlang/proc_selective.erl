-module(proc_selective).
-compile(nowarn_unused_function).
-export([start/0]).

call(P, Req) ->
    Ref = make_ref(),
    P ! {self(), Ref, Req},
    receive {Ref, Reply} -> Reply end.

server() ->
    receive
        {From, Ref, {add, A, B}} -> From ! {Ref, A + B}, server();
        stop -> ok
    end.

start() ->
    [self() ! {junk, I} || I <- seq(1, 10000)],
    P = spawn(fun server/0),
    Sums = [call(P, {add, I, I}) || I <- seq(1, 200)],
    P ! stop,
    {message_queue_len, QL} = process_info(self(), message_queue_len),
    Last = receive {junk, 10000} -> last end,
    First = receive {junk, N} -> N end,
    Drained = drain(0),
    {sum(Sums), QL, Last, First, Drained}.

drain(N) -> receive _ -> drain(N + 1) after 0 -> N end.

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
