%% One process per way of growing data without end (maps, tuples, bignums, binary appends,
%% iolists, term_to_binary, process dictionary, sorting), one after the other: each ends
%% with system_limit and leaves the VM able to run the next.
%% max-memory: 3M
%% expect: [{map,system_limit},{tuple,system_limit},{bignum,system_limit},{append,system_limit},{iolist,system_limit},{t2b,system_limit},{pdict,system_limit},{sort,system_limit},{after_all,500500}]
-module(kinds_hog).
-export([start/0]).

start() ->
    Kinds = [{map, fun() -> map(#{}, 0) end},
             {tuple, fun() -> tuple(16) end},
             {bignum, fun() -> bignum(7) end},
             {append, fun() -> append(<<>>) end},
             {iolist, fun() -> iolist([<<"x">>]) end},
             {t2b, fun() -> t2b([1]) end},
             {pdict, fun() -> pdict(0) end},
             {sort, fun() -> sort(lists:seq(1, 1000)) end}],
    [{K, run(F)} || {K, F} <- Kinds] ++ [{after_all, lists:sum(lists:seq(1, 1000))}].

run(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive
        {'DOWN', Ref, process, Pid, {R, _Stack}} -> R;
        {'DOWN', Ref, process, Pid, R} -> R
    end.

map(M, N) -> map(M#{N => {N, N}}, N + 1).
tuple(N) -> T = erlang:make_tuple(N, N), tuple(N * 2 + tuple_size(T) - N).
bignum(B) -> bignum(B * B + 1).
append(B) -> append(<<B/binary, B/binary, 1>>).
iolist(L) -> _ = iolist_to_binary(L), iolist([L, L]).
t2b(L) -> _ = term_to_binary(L), t2b([L | L]).
pdict(N) -> put(N, lists:seq(1, 10)), pdict(N + 1).
sort(L) -> _ = lists:sort(L), sort(L ++ L).
