-module(proc_crash).
-compile(nowarn_unused_function).
-export([start/0]).

start() ->
    Self = self(),
    Survivor = spawn(fun() -> receive {From, ping} -> From ! {self(), pong} end end),
    {C, Ref} = spawn_monitor(fun() -> 1 / zero() end),
    R = receive {'DOWN', Ref, process, C, {Reason, _}} -> Reason end,
    Survivor ! {Self, ping},
    Pong = receive {Survivor, pong} -> pong after 1000 -> lost end,
    Spawned = [spawn(fun() -> receive after infinity -> ok end end) || _ <- seq(1, 1000)],
    Alive = length([P || P <- Spawned, is_process_alive(P)]),
    [exit(P, kill) || P <- Spawned],
    receive after 10 -> ok end,
    Dead = length([P || P <- Spawned, not is_process_alive(P)]),
    {R, Pong, Alive, Dead}.

zero() -> 0.

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
