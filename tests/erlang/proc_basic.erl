-module(proc_basic).
-compile(nowarn_unused_function).
-export([start/0, echo/0]).

echo() ->
    receive
        {From, Msg} -> From ! {self(), Msg}, echo();
        stop -> ok
    end.

ring(N, Laps) ->
    Self = self(),
    First = foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, seq(1, N)),
    First ! {token, Laps},
    lap(First).

lap(First) ->
    receive
        {token, 0} -> done;
        {token, K} -> First ! {token, K - 1}, lap(First)
    end.

relay(Next) ->
    receive
        {token, 0} -> Next ! {token, 0};
        {token, K} -> Next ! {token, K}, relay(Next)
    end.

collect(0, Acc) -> lists_reverse(Acc);
collect(N, Acc) -> receive {n, X} -> collect(N - 1, [X | Acc]) end.

start() ->
    P = spawn(?MODULE, echo, []),
    P ! {self(), hello},
    R1 = receive {P, M} -> M end,
    P ! {self(), [1, 2, {x, <<"bin">>}, 3.5, #{a => 1}]},
    R2 = receive {P, M2} -> M2 end,
    P ! stop,
    Self = self(),
    [spawn(fun() -> Self ! {n, I} end) || I <- seq(1, 5)],
    Ns = msort(collect(5, [])),
    Q = spawn(fun() -> receive go -> [Self ! {n, I} || I <- seq(1, 100)] end end),
    Q ! go,
    Ordered = collect(100, []),
    R3 = ring(100, 10),
    self() ! first, self() ! second, self() ! third,
    Sel = receive second -> got_second end,
    Rest = [receive X -> X end, receive Y -> Y end],
    After0 = receive nothing -> yes after 0 -> timeout end,
    After10 = receive nothing -> yes after 10 -> timeout end,
    Alive = is_process_alive(self()),
    {R1, R2, Ns, Ordered =:= seq(1, 100), R3, Sel, Rest, After0, After10, Alive}.

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
