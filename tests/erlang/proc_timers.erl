-module(proc_timers).
-compile(nowarn_unused_function).
-export([start/0]).

start() ->
    T1 = erlang:send_after(30, self(), late),
    T2 = erlang:send_after(10, self(), early),
    M1 = receive X -> X end,
    M2 = receive Y -> Y end,
    R1 = erlang:cancel_timer(T1),
    R2 = is_reference(T2),
    T3 = erlang:start_timer(10, self(), tick),
    M3 = receive {timeout, T3, Msg} -> {ok, Msg} end,
    T4 = erlang:send_after(1000, self(), never),
    Left = erlang:read_timer(T4),
    LeftOk = is_integer(Left) andalso Left > 900 andalso Left =< 1000,
    C4 = erlang:cancel_timer(T4),
    C4ok = is_integer(C4),
    C4again = erlang:cancel_timer(T4),
    Never = receive never -> bad after 20 -> ok end,
    register(timer_target, self()),
    erlang:send_after(5, timer_target, by_name),
    M5 = receive by_name -> got end,
    Ts = [erlang:send_after(N, self(), {n, N}) || N <- lists_reverse(seq(1, 50))],
    Order = [receive {n, N} -> N end || _ <- Ts],
    Bad = t(fun() -> erlang:send_after(-1, self(), x) end),
    T0 = erlang:monotonic_time(millisecond),
    receive after 30 -> ok end,
    Slept = erlang:monotonic_time(millisecond) - T0 >= 30,
    {M1, M2, R1, R2, M3, LeftOk, C4ok, C4again, Never, M5, Order =:= seq(1, 50), Bad, Slept}.

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
