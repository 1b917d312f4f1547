%% Spawn-and-exit rate: N short-lived processes, spawned in batches of 1000; each sends one
%% message to its parent and exits (normal). Half are spawn_monitor'ed and their 'DOWN'
%% awaited as well.
-module(spawn_exit).
-export([start/0, run/1]).

-define(BATCH, 1000).

start() -> run(100000).

run(N) -> batches(N, 0).

batches(N, Acc) when N =< 0 -> Acc;
batches(N, Acc) ->
    B = min(N, ?BATCH),
    Self = self(),
    Refs = spawn_batch(B, Self, []),
    S = collect(B + length(Refs), 0),
    batches(N - B, (Acc + S) band 16#FFFFFFF).

spawn_batch(0, _, Refs) -> Refs;
spawn_batch(I, Parent, Refs) when I band 1 =:= 0 ->
    {_, Ref} = spawn_monitor(fun() -> Parent ! {val, I * 3} end),
    spawn_batch(I - 1, Parent, [Ref | Refs]);
spawn_batch(I, Parent, Refs) ->
    spawn(fun() -> Parent ! {val, I} end),
    spawn_batch(I - 1, Parent, Refs).

%% Values and 'DOWN's in arrival order (one receive, so the mailbox is never rescanned).
collect(0, Acc) -> Acc;
collect(K, Acc) ->
    receive
        {val, V} -> collect(K - 1, Acc + V);
        {'DOWN', _, process, _, normal} -> collect(K - 1, Acc + 1)
    end.
