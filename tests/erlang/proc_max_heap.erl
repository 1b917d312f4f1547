-module(proc_max_heap).
-export([start/0]).

grow(Acc) -> grow([Acc | Acc]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

start() ->
    {P, Ref} = spawn_opt(fun() -> grow([x]) end, [monitor, {max_heap_size, 10000}]),
    R = receive {'DOWN', Ref, process, P, Why} -> Why after 5000 -> timeout end,
    Self = self(),
    Q = spawn_opt(fun() -> Self ! {len, length(build(1000, []))} end, [{max_heap_size, 100000}, {min_heap_size, 500}]),
    L = receive {len, N} -> N after 5000 -> timeout end,
    {R, L, is_pid(Q)}.
