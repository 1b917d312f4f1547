-module(proc_links).
-compile(nowarn_unused_function).
-export([start/0]).

wait_exit(P) -> receive {'EXIT', P, R} -> R after 1000 -> no_exit end.

start() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    R1 = wait_exit(P1),
    P2 = spawn_link(fun() -> exit(boom) end),
    R2 = wait_exit(P2),
    P3 = spawn_link(fun() -> 1 = 2 end),
    {badmatch, 2} = element(1, wait_exit(P3)),
    P4 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P4, kill),
    R4 = wait_exit(P4),
    P5 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P5, normal),
    R5 = receive {'EXIT', P5, _} -> got after 50 -> ignored end,
    exit(P5, my_reason),
    R5b = wait_exit(P5),
    P6 = spawn(fun() -> process_flag(trap_exit, true), receive {'EXIT', _, Why} -> exit({trapped, Why}) end end),
    link(P6),
    exit(P6, please),
    R6 = wait_exit(P6),
    %% chain: A linked to B linked to C; C crashes -> all die
    Self = self(),
    A = spawn(fun() ->
                      B = spawn_link(fun() ->
                                             C = spawn_link(fun() -> receive crash -> exit(chain) end end),
                                             Self ! {c, C},
                                             receive _ -> ok end
                                     end),
                      Self ! {b, B},
                      receive _ -> ok end
              end),
    link(A),
    C = receive {c, Cp} -> Cp end,
    B = receive {b, Bp} -> Bp end,
    C ! crash,
    R7 = wait_exit(A),
    timer_sleep(20),
    Alive = [is_process_alive(X) || X <- [A, B, C]],
    Dead = spawn(fun() -> ok end),
    timer_sleep(10),
    R8 = t(fun() -> link(Dead) end),
    R8b = receive {'EXIT', Dead, Rs} -> Rs after 50 -> none end,
    process_flag(trap_exit, false),
    R9 = t(fun() -> link(Dead) end),
    Old = process_flag(trap_exit, true),
    unlink(self()),
    {R1, R2, R4, R5, R5b, R6, R7, Alive, R8, R8b, R9, Old}.

timer_sleep(Ms) -> receive after Ms -> ok end.

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
