%% The lists module of OTP 25: list processing. Every exported function of OTP 25's
%% lists is here, with OTP's results and error reasons (function_clause for arguments of
%% the wrong shape, badarg where OTP raises it, case_clause/bad_filter/bad_generator
%% where OTP's code gives them).
%%
%% reverse/1,2, member/2, keyfind/3, keymember/3 and keysearch/3 are BIFs of the VM
%% (rust/core/src/bif/lists.rs); their Erlang versions below serve only local calls in
%% this module (the VM keeps remote calls native).
%%
%% Known differences from OTP:
%% - sort/1 and usort/1 are stable: of two elements that compare equal but are not
%%   identical (1 and 1.0, {1, a} and {1.0, a}) the first in the input comes first (or is
%%   the one kept). OTP's sort/1 orders such elements in an algorithm-dependent way.
%%   sort/2, keysort/2 and the merges on sorted input give OTP's results.
%% - The merge functions given lists that are not sorted (or sort/2, usort/2 given a fun
%%   that is not an ordering) may return a different permutation than OTP.
-module(lists).

-export([append/1, append/2, concat/1, delete/2, droplast/1, dropwhile/2, duplicate/2,
         enumerate/1, enumerate/2, filter/2, filtermap/2, flatlength/1, flatmap/2,
         flatten/1, flatten/2, foldl/3, foldr/3, foreach/2, join/2, keydelete/3,
         keyfind/3, keymap/3, keymember/3, keymerge/3, keyreplace/4, keysearch/3,
         keysort/2, keystore/4, keytake/3, last/1, map/2, mapfoldl/3, mapfoldr/3,
         max/1, member/2, merge/1, merge/2, merge/3, merge3/3, min/1, nth/2, nthtail/2,
         partition/2, prefix/2, reverse/1, reverse/2, rkeymerge/3, rmerge/2, rmerge/3,
         rmerge3/3, rukeymerge/3, rumerge/2, rumerge/3, rumerge3/3, search/2, seq/2,
         seq/3, sort/1, sort/2, split/2, splitwith/2, sublist/2, sublist/3, subtract/2,
         suffix/2, sum/1, takewhile/2, ukeymerge/3, ukeysort/2, umerge/1, umerge/2,
         umerge/3, umerge3/3, uniq/1, uniq/2, unzip/1, unzip3/1, usort/1, usort/2,
         zf/2, zip/2, zip3/3, zipwith/3, zipwith3/4, all/2, any/2]).

-compile({no_auto_import, [max/2, min/2]}).

%%% ------------------------------------------------------------------------
%%% BIFs (Erlang versions for local calls)

reverse([] = L) -> L;
reverse([_] = L) -> L;
reverse([A, B | T]) -> reverse(T, [B, A]).

reverse([H | T], Acc) -> reverse(T, [H | Acc]);
reverse([], Acc) -> Acc;
reverse(_, _) -> erlang:error(badarg).

member(X, [H | T]) ->
    case H =:= X of
        true -> true;
        false -> member(X, T)
    end;
member(_, []) -> false;
member(_, _) -> erlang:error(badarg).

keyfind(K, N, L) when is_integer(N), N > 0 -> keyfind_1(K, N, L);
keyfind(_, _, _) -> erlang:error(badarg).

keyfind_1(K, N, [H | T]) ->
    case is_tuple(H) andalso tuple_size(H) >= N andalso element(N, H) == K of
        true -> H;
        false -> keyfind_1(K, N, T)
    end;
keyfind_1(_, _, []) -> false;
keyfind_1(_, _, _) -> erlang:error(badarg).

keymember(K, N, L) -> keyfind(K, N, L) =/= false.

keysearch(K, N, L) ->
    case keyfind(K, N, L) of
        false -> false;
        T -> {value, T}
    end.

%%% ------------------------------------------------------------------------
%%% Simple list functions

append(L1, L2) -> L1 ++ L2.

append([E]) -> E;
append([H | T]) -> H ++ append(T);
append([]) -> [].

subtract(L1, L2) -> L1 -- L2.

nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 -> nth(N - 1, T).

nthtail(1, [_ | T]) -> T;
nthtail(N, [_ | T]) when N > 1 -> nthtail(N - 1, T);
nthtail(0, L) when is_list(L) -> L.

prefix([X | P], [X | L]) -> prefix(P, L);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

suffix(Suffix, List) ->
    D = length(List) - length(Suffix),
    D >= 0 andalso nthtail(D, List) =:= Suffix.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

last([H | T]) -> last_1(H, T).

last_1(_, [H | T]) -> last_1(H, T);
last_1(H, []) -> H.

seq(First, Last) when is_integer(First), is_integer(Last), First - 1 =< Last ->
    seq_down(Last, First, []).

%% Builds [First..Last] from the end.
seq_down(N, First, Acc) when N >= First -> seq_down(N - 1, First, [N | Acc]);
seq_down(_, _, Acc) -> Acc.

seq(First, Last, Inc) when is_integer(First), is_integer(Last), is_integer(Inc) ->
    if
        Inc > 0, First - Inc =< Last; Inc < 0, First - Inc >= Last ->
            N = (Last - First + Inc) div Inc,
            seq_step(First + (N - 1) * Inc, Inc, N, []);
        Inc =:= 0, First =:= Last ->
            [First];
        true ->
            erlang:error(badarg, [First, Last, Inc])
    end;
seq(First, Last, Inc) ->
    erlang:error(badarg, [First, Last, Inc]).

seq_step(_, _, 0, Acc) -> Acc;
seq_step(X, Inc, N, Acc) -> seq_step(X - Inc, Inc, N - 1, [X | Acc]).

sum(L) -> sum_1(L, 0).

sum_1([H | T], S) -> sum_1(T, S + H);
sum_1([], S) -> S.

duplicate(N, X) when is_integer(N), N >= 0 -> duplicate_1(N, X, []).

duplicate_1(0, _, Acc) -> Acc;
duplicate_1(N, X, Acc) -> duplicate_1(N - 1, X, [X | Acc]).

min([H | T]) -> min_1(T, H).

min_1([H | T], M) when H < M -> min_1(T, H);
min_1([_ | T], M) -> min_1(T, M);
min_1([], M) -> M.

max([H | T]) -> max_1(T, H).

max_1([H | T], M) when H > M -> max_1(T, H);
max_1([_ | T], M) -> max_1(T, M);
max_1([], M) -> M.

sublist(List, L) when is_integer(L), L >= 0, is_list(List) -> sublist_1(List, L).

sublist_1(_, 0) -> [];
sublist_1([H | T], L) -> [H | sublist_1(T, L - 1)];
sublist_1([], _) -> [].

sublist(List, S, L) when is_integer(S), S >= 1 -> sublist_skip(List, S - 1, L).

%% Past the end of the list the result is [] whatever L is (as in OTP).
sublist_skip(List, 0, L) -> sublist(List, L);
sublist_skip([_ | T], N, L) -> sublist_skip(T, N - 1, L);
sublist_skip([], _, _) -> [].

delete(X, [X | T]) -> T;
delete(X, [H | T]) -> [H | delete(X, T)];
delete(_, []) -> [].

zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)];
zip([], []) -> [].

unzip(Ts) -> unzip(Ts, [], []).

unzip([{X, Y} | Ts], Xs, Ys) -> unzip(Ts, [X | Xs], [Y | Ys]);
unzip([], Xs, Ys) -> {reverse(Xs), reverse(Ys)}.

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

unzip3(Ts) -> unzip3(Ts, [], [], []).

unzip3([{X, Y, Z} | Ts], Xs, Ys, Zs) -> unzip3(Ts, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3([], Xs, Ys, Zs) -> {reverse(Xs), reverse(Ys), reverse(Zs)}.

zipwith(F, [X | Xs], [Y | Ys]) -> [F(X, Y) | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) -> [F(X, Y, Z) | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

concat(List) -> concat_1(List).

concat_1([H | T]) -> thing_to_list(H) ++ concat_1(T);
concat_1([]) -> [].

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

flatten(List) when is_list(List) -> flatten_1(List, []).

flatten(List, Tail) when is_list(List), is_list(Tail) -> flatten_1(List, Tail).

flatten_1([H | T], Tail) when is_list(H) -> flatten_1(H, flatten_1(T, Tail));
flatten_1([H | T], Tail) -> [H | flatten_1(T, Tail)];
flatten_1([], Tail) -> Tail.

flatlength(List) -> flatlength_1(List, 0).

flatlength_1([H | T], N) when is_list(H) -> flatlength_1(H, flatlength_1(T, N));
flatlength_1([_ | T], N) -> flatlength_1(T, N + 1);
flatlength_1([], N) -> N.

split(N, List) when is_integer(N), N >= 0, is_list(List) ->
    case split_1(N, List, []) of
        {_, _} = R -> R;
        Fault when is_atom(Fault) -> erlang:error(Fault, [N, List])
    end;
split(N, List) ->
    erlang:error(badarg, [N, List]).

split_1(0, L, R) -> {reverse(R, []), L};
split_1(N, [H | T], R) -> split_1(N - 1, T, [H | R]);
split_1(_, [], _) -> badarg.

join(_Sep, []) -> [];
join(Sep, [H | T]) -> [H | join_prepend(Sep, T)].

join_prepend(_Sep, []) -> [];
join_prepend(Sep, [H | T]) -> [Sep, H | join_prepend(Sep, T)].

enumerate(List) -> enumerate(1, List).

enumerate(Index, List) when is_integer(Index), is_list(List) -> enumerate_1(Index, List).

enumerate_1(I, [H | T]) -> [{I, H} | enumerate_1(I + 1, T)];
enumerate_1(_, []) -> [].

uniq(List) -> uniq_1(List, #{}).

uniq_1([X | Xs], Seen) ->
    case Seen of
        #{X := true} -> uniq_1(Xs, Seen);
        #{} -> [X | uniq_1(Xs, Seen#{X => true})]
    end;
uniq_1([], _) -> [].

uniq(F, List) when is_function(F, 1) -> uniq_2(List, F, #{}).

uniq_2([X | Xs], F, Seen) ->
    K = F(X),
    case Seen of
        #{K := true} -> uniq_2(Xs, F, Seen);
        #{} -> [X | uniq_2(Xs, F, Seen#{K => true})]
    end;
uniq_2([], _, _) -> [].

%%% ------------------------------------------------------------------------
%%% Higher-order functions

all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] ->
            case Pred(H) of
                true -> all_1(Pred, T);
                false -> false
            end;
        [] -> true
    end.

all_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> all_1(Pred, T);
        false -> false
    end;
all_1(_, []) -> true.

any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] ->
            case Pred(H) of
                true -> true;
                false -> any_1(Pred, T)
            end;
        [] -> false
    end.

any_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> true;
        false -> any_1(Pred, T)
    end;
any_1(_, []) -> false.

map(F, List) when is_function(F, 1) ->
    case List of
        [H | T] -> [F(H) | map_1(F, T)];
        [] -> []
    end.

map_1(F, [H | T]) -> [F(H) | map_1(F, T)];
map_1(_, []) -> [].

flatmap(F, List) when is_function(F, 1) -> flatmap_1(F, List).

flatmap_1(F, [H | T]) -> F(H) ++ flatmap_1(F, T);
flatmap_1(_, []) -> [].

foldl(F, Acc, List) when is_function(F, 2) ->
    case List of
        [H | T] -> foldl_1(F, F(H, Acc), T);
        [] -> Acc
    end.

foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_, Acc, []) -> Acc.

foldr(F, Acc, List) when is_function(F, 2) -> foldr_1(F, Acc, List).

foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_, Acc, []) -> Acc.

filter(Pred, List) when is_function(Pred, 1) -> [E || E <- List, Pred(E)].

partition(Pred, List) when is_function(Pred, 1) -> partition_1(Pred, List, [], []).

partition_1(Pred, [H | T], As, Bs) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | As], Bs);
        false -> partition_1(Pred, T, As, [H | Bs])
    end;
partition_1(_, [], As, Bs) -> {reverse(As), reverse(Bs)}.

filtermap(F, List) when is_function(F, 1) -> filtermap_1(F, List).

filtermap_1(F, [H | T]) ->
    case F(H) of
        false -> filtermap_1(F, T);
        true -> [H | filtermap_1(F, T)];
        {true, V} -> [V | filtermap_1(F, T)]
    end;
filtermap_1(_, []) -> [].

zf(F, List) -> filtermap(F, List).

foreach(F, List) when is_function(F, 1) -> foreach_1(F, List).

foreach_1(F, [H | T]) ->
    F(H),
    foreach_1(F, T);
foreach_1(_, []) -> ok.

mapfoldl(F, Acc, List) when is_function(F, 2) -> mapfoldl_1(F, Acc, List).

mapfoldl_1(F, Acc0, [H | T]) ->
    {R, Acc1} = F(H, Acc0),
    {Rs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[R | Rs], Acc2};
mapfoldl_1(_, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, List) when is_function(F, 2) -> mapfoldr_1(F, Acc, List).

mapfoldr_1(F, Acc0, [H | T]) ->
    {Rs, Acc1} = mapfoldr_1(F, Acc0, T),
    {R, Acc2} = F(H, Acc1),
    {[R | Rs], Acc2};
mapfoldr_1(_, Acc, []) -> {[], Acc}.

takewhile(Pred, List) when is_function(Pred, 1) -> takewhile_1(Pred, List).

takewhile_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | takewhile_1(Pred, T)];
        false -> []
    end;
takewhile_1(_, []) -> [].

dropwhile(Pred, List) when is_function(Pred, 1) -> dropwhile_1(Pred, List).

dropwhile_1(Pred, [H | T] = L) ->
    case Pred(H) of
        true -> dropwhile_1(Pred, T);
        false -> L
    end;
dropwhile_1(_, []) -> [].

search(Pred, List) when is_function(Pred, 1) -> search_1(Pred, List).

search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_, []) -> false.

splitwith(Pred, List) when is_function(Pred, 1) -> splitwith_1(Pred, List, []).

splitwith_1(Pred, [H | T], Acc) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Acc]);
        false -> {reverse(Acc), [H | T]}
    end;
splitwith_1(_, [], Acc) -> {reverse(Acc), []}.

%%% ------------------------------------------------------------------------
%%% Tuple lists

keydelete(K, N, L) when is_integer(N), N > 0 -> keydelete_1(K, N, L).

keydelete_1(K, N, [H | T]) when element(N, H) == K -> T;
keydelete_1(K, N, [H | T]) -> [H | keydelete_1(K, N, T)];
keydelete_1(_, _, []) -> [].

keyreplace(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace_1(K, N, L, New).

keyreplace_1(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keyreplace_1(K, N, [H | T], New) -> [H | keyreplace_1(K, N, T, New)];
keyreplace_1(_, _, [], _) -> [].

keytake(K, N, L) when is_integer(N), N > 0 -> keytake_1(K, N, L, []).

keytake_1(K, N, [H | T], Acc) when element(N, H) == K -> {value, H, reverse(Acc, T)};
keytake_1(K, N, [H | T], Acc) -> keytake_1(K, N, T, [H | Acc]);
keytake_1(_, _, [], _) -> false.

keystore(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore_1(K, N, L, New).

keystore_1(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keystore_1(K, N, [H | T], New) -> [H | keystore_1(K, N, T, New)];
keystore_1(_, _, [], New) -> [New].

keymap(F, N, [H | T]) -> [setelement(N, H, F(element(N, H))) | keymap(F, N, T)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].


%%% ------------------------------------------------------------------------
%%% Sorting and merging
%%%
%%% The sorts are stable natural merge sorts. The input is cut into runs (ascending runs
%%% are kept, strictly descending ones reversed), then runs are merged pairwise until one
%%% is left. Merging two ascending lists through an accumulator gives a descending list
%%% and merging two descending lists gives an ascending one, so the passes alternate
%%% direction and every merge is tail recursive. Of two equal elements, the one that came
%%% first in the input comes first in the output.
%%%
%%% Each algorithm exists in two flavours: with the term order inline (sort/1 etc.) and
%%% with an ordering fun (sort/2, and keysort/2 with a fun comparing the keys).

sort([X, Y | T]) -> asc_sort(runs([X, Y | T], []));
sort([_] = L) -> L;
sort([] = L) -> L.

sort(F, [X, Y | T]) -> fasc_sort(F, fruns(F, [X, Y | T], []));
sort(F, [_] = L) when is_function(F, 2) -> L;
sort(F, [] = L) when is_function(F, 2) -> L.

usort([X, Y | T]) -> udedup(sort([X, Y | T]));
usort([_] = L) -> L;
usort([] = L) -> L.

usort(F, [X, Y | T]) when is_function(F, 2) -> fudedup(F, sort(F, [X, Y | T]));
usort(F, [_] = L) when is_function(F, 2) -> L;
usort(F, [] = L) when is_function(F, 2) -> L.

keysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [X, Y | T] -> fasc_sort(keyle(N), fruns(keyle(N), [X, Y | T], []));
        [_] -> L;
        [] -> L
    end.

ukeysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [X, Y | T] -> ukdedup(N, keysort(N, [X, Y | T]));
        [_] -> L;
        [] -> L
    end.

keyle(N) -> fun(A, B) -> element(N, A) =< element(N, B) end.

%% Term order.

runs([X, Y | T], Acc) when X =< Y -> asc_run(T, Y, [Y, X], Acc);
runs([X, Y | T], Acc) -> desc_run(T, Y, [Y, X], Acc);
runs([X], Acc) -> reverse(Acc, [[X]]);
runs([], Acc) -> reverse(Acc).

asc_run([Z | T], Y, Run, Acc) when Y =< Z -> asc_run(T, Z, [Z | Run], Acc);
asc_run(T, _, Run, Acc) -> runs(T, [reverse(Run) | Acc]).

desc_run([Z | T], Y, Run, Acc) when Y > Z -> desc_run(T, Z, [Z | Run], Acc);
desc_run(T, _, Run, Acc) -> runs(T, [Run | Acc]).

%% Ascending runs in input order -> one ascending list.
asc_sort([R]) -> R;
asc_sort(Runs) -> desc_sort(pairs_asc(Runs, [])).

%% Descending runs in reverse input order -> one ascending list.
desc_sort([R]) -> reverse(R);
desc_sort(Runs) -> asc_sort(pairs_desc(Runs, [])).

pairs_asc([A, B | T], Acc) -> pairs_asc(T, [merge_a(A, B, []) | Acc]);
pairs_asc([A], Acc) -> [reverse(A) | Acc];
pairs_asc([], Acc) -> Acc.

%% B came before A in the input.
pairs_desc([A, B | T], Acc) -> pairs_desc(T, [merge_d(B, A, []) | Acc]);
pairs_desc([A], Acc) -> [reverse(A) | Acc];
pairs_desc([], Acc) -> Acc.

%% Ascending A (first) and B -> descending.
merge_a([H1 | T1] = A, [H2 | T2] = B, Acc) ->
    if
        H1 =< H2 -> merge_a(T1, B, [H1 | Acc]);
        true -> merge_a(A, T2, [H2 | Acc])
    end;
merge_a([], B, Acc) -> reverse(B, Acc);
merge_a(A, [], Acc) -> reverse(A, Acc).

%% Descending A (first) and B -> ascending.
merge_d([H1 | T1] = A, [H2 | T2] = B, Acc) ->
    if
        H1 > H2 -> merge_d(T1, B, [H1 | Acc]);
        true -> merge_d(A, T2, [H2 | Acc])
    end;
merge_d([], B, Acc) -> reverse(B, Acc);
merge_d(A, [], Acc) -> reverse(A, Acc).

%% Keeps the first of each run of equal elements.
udedup([H | T]) -> udedup(T, H, [H]).

udedup([H | T], X, Acc) when H == X -> udedup(T, X, Acc);
udedup([H | T], _, Acc) -> udedup(T, H, [H | Acc]);
udedup([], _, Acc) -> reverse(Acc).

%% With an ordering fun.

fruns(F, [X, Y | T], Acc) ->
    case F(X, Y) of
        true -> fasc_run(F, T, Y, [Y, X], Acc);
        false -> fdesc_run(F, T, Y, [Y, X], Acc)
    end;
fruns(_, [X], Acc) -> reverse(Acc, [[X]]);
fruns(_, [], Acc) -> reverse(Acc).

fasc_run(F, [Z | T] = L, Y, Run, Acc) ->
    case F(Y, Z) of
        true -> fasc_run(F, T, Z, [Z | Run], Acc);
        false -> fruns(F, L, [reverse(Run) | Acc])
    end;
fasc_run(F, T, _, Run, Acc) -> fruns(F, T, [reverse(Run) | Acc]).

fdesc_run(F, [Z | T] = L, Y, Run, Acc) ->
    case F(Y, Z) of
        false -> fdesc_run(F, T, Z, [Z | Run], Acc);
        true -> fruns(F, L, [Run | Acc])
    end;
fdesc_run(F, T, _, Run, Acc) -> fruns(F, T, [Run | Acc]).

fasc_sort(_, [R]) -> R;
fasc_sort(F, Runs) -> fdesc_sort(F, fpairs_asc(F, Runs, [])).

fdesc_sort(_, [R]) -> reverse(R);
fdesc_sort(F, Runs) -> fasc_sort(F, fpairs_desc(F, Runs, [])).

fpairs_asc(F, [A, B | T], Acc) -> fpairs_asc(F, T, [fmerge_a(F, A, B, []) | Acc]);
fpairs_asc(_, [A], Acc) -> [reverse(A) | Acc];
fpairs_asc(_, [], Acc) -> Acc.

fpairs_desc(F, [A, B | T], Acc) -> fpairs_desc(F, T, [fmerge_d(F, B, A, []) | Acc]);
fpairs_desc(_, [A], Acc) -> [reverse(A) | Acc];
fpairs_desc(_, [], Acc) -> Acc.

fmerge_a(F, [H1 | T1] = A, [H2 | T2] = B, Acc) ->
    case F(H1, H2) of
        true -> fmerge_a(F, T1, B, [H1 | Acc]);
        false -> fmerge_a(F, A, T2, [H2 | Acc])
    end;
fmerge_a(_, [], B, Acc) -> reverse(B, Acc);
fmerge_a(_, A, [], Acc) -> reverse(A, Acc).

fmerge_d(F, [H1 | T1] = A, [H2 | T2] = B, Acc) ->
    case F(H1, H2) of
        false -> fmerge_d(F, T1, B, [H1 | Acc]);
        true -> fmerge_d(F, A, T2, [H2 | Acc])
    end;
fmerge_d(_, [], B, Acc) -> reverse(B, Acc);
fmerge_d(_, A, [], Acc) -> reverse(A, Acc).

%% Y follows X in a sorted list: they are equal if F(Y, X) too.
fudedup(F, [H | T]) -> fudedup(F, T, H, [H]).

fudedup(F, [H | T], X, Acc) ->
    case F(H, X) of
        true -> fudedup(F, T, X, Acc);
        false -> fudedup(F, T, H, [H | Acc])
    end;
fudedup(_, [], _, Acc) -> reverse(Acc).

ukdedup(N, [H | T]) -> ukdedup(N, T, element(N, H), [H]).

ukdedup(N, [H | T], K, Acc) ->
    case element(N, H) of
        K1 when K1 == K -> ukdedup(N, T, K, Acc);
        K1 -> ukdedup(N, T, K1, [H | Acc])
    end;
ukdedup(_, [], _, Acc) -> reverse(Acc).

%% Merging sorted lists. merge*: ascending, of equal elements the one of the earlier
%% list first; umerge*: the same, but an element of the later list equal to the last
%% element taken from the earlier list is dropped; r*: lists sorted in descending order
%% (equal elements: the later list's first, for ru* the earlier list's kept). The result
%% is built in reverse, so when one list runs out the rest of the other is walked
%% (an improper tail raises badarg there, as in OTP).

%% Reverses the accumulator onto a rest that is walked.
finish(M, Rest) -> reverse(reverse(Rest, M)).

merge(T1, []) -> T1;
merge(T1, [H2 | T2]) -> m_1(T1, H2, T2, []).

%% Walking list 1 while holding H2 of list 2.
m_1([H1 | T1], H2, T2, M) when H1 =< H2 -> m_1(T1, H2, T2, [H1 | M]);
m_1([H1 | T1], H2, T2, M) -> m_2(T2, H1, T1, [H2 | M]);
m_1([], H2, T2, M) -> finish(M, [H2 | T2]).

%% Walking list 2 while holding H1 of list 1.
m_2([H2 | T2], H1, T1, M) when H2 < H1 -> m_2(T2, H1, T1, [H2 | M]);
m_2([H2 | T2], H1, T1, M) -> m_1(T1, H2, T2, [H1 | M]);
m_2([], H1, T1, M) -> finish(M, [H1 | T1]).

merge(F, T1, []) when is_function(F, 2) -> T1;
merge(F, T1, [H2 | T2]) when is_function(F, 2) -> fm_1(F, T1, H2, T2, []).

fm_1(F, [H1 | T1], H2, T2, M) ->
    case F(H1, H2) of
        true -> fm_1(F, T1, H2, T2, [H1 | M]);
        false -> fm_2(F, T2, H1, T1, [H2 | M])
    end;
fm_1(_, [], H2, T2, M) -> finish(M, [H2 | T2]).

fm_2(F, [H2 | T2], H1, T1, M) ->
    case F(H1, H2) of
        false -> fm_2(F, T2, H1, T1, [H2 | M]);
        true -> fm_1(F, T1, H2, T2, [H1 | M])
    end;
fm_2(_, [], H1, T1, M) -> finish(M, [H1 | T1]).

rmerge(T1, []) -> T1;
rmerge(T1, [H2 | T2]) -> rm_1(T1, H2, T2, []).

rm_1([H1 | T1], H2, T2, M) when H1 > H2 -> rm_1(T1, H2, T2, [H1 | M]);
rm_1([H1 | T1], H2, T2, M) -> rm_2(T2, H1, T1, [H2 | M]);
rm_1([], H2, T2, M) -> finish(M, [H2 | T2]).

rm_2([H2 | T2], H1, T1, M) when H2 >= H1 -> rm_2(T2, H1, T1, [H2 | M]);
rm_2([H2 | T2], H1, T1, M) -> rm_1(T1, H2, T2, [H1 | M]);
rm_2([], H1, T1, M) -> finish(M, [H1 | T1]).

rmerge(F, T1, []) when is_function(F, 2) -> T1;
rmerge(F, T1, [H2 | T2]) when is_function(F, 2) -> frm_1(F, T1, H2, T2, []).

frm_1(F, [H1 | T1], H2, T2, M) ->
    case F(H1, H2) of
        false -> frm_1(F, T1, H2, T2, [H1 | M]);
        true -> frm_2(F, T2, H1, T1, [H2 | M])
    end;
frm_1(_, [], H2, T2, M) -> finish(M, [H2 | T2]).

frm_2(F, [H2 | T2], H1, T1, M) ->
    case F(H1, H2) of
        true -> frm_2(F, T2, H1, T1, [H2 | M]);
        false -> frm_1(F, T1, H2, T2, [H1 | M])
    end;
frm_2(_, [], H1, T1, M) -> finish(M, [H1 | T1]).

umerge([], T2) -> T2;
umerge([H1 | T1], T2) -> um_2(T2, H1, T1, []).

%% Walking list 1 while holding H2 of list 2; M's head is the last element taken from
%% list 1.
um_1([H1 | T1], H2, T2, M) when H1 =< H2 -> um_1(T1, H2, T2, [H1 | M]);
um_1([H1 | T1], H2, T2, [Last | _] = M) when H2 == Last -> um_2(T2, H1, T1, M);
um_1([H1 | T1], H2, T2, M) -> um_2(T2, H1, T1, [H2 | M]);
um_1([], H2, T2, [Last | _] = M) when H2 == Last -> finish(M, T2);
um_1([], H2, T2, M) -> finish(M, [H2 | T2]).

%% Walking list 2 while holding H1 of list 1.
um_2([H2 | T2], H1, T1, M) when H2 < H1 -> um_2(T2, H1, T1, [H2 | M]);
um_2([H2 | T2], H1, T1, M) -> um_1(T1, H2, T2, [H1 | M]);
um_2([], H1, T1, M) -> finish(M, [H1 | T1]).

umerge(F, [], T2) when is_function(F, 2) -> T2;
umerge(F, [H1 | T1], T2) when is_function(F, 2) -> fum_2(F, T2, H1, T1, []).

fum_1(F, [H1 | T1], H2, T2, M) ->
    case F(H1, H2) of
        true -> fum_1(F, T1, H2, T2, [H1 | M]);
        false ->
            [Last | _] = M,
            case F(H2, Last) of
                true -> fum_2(F, T2, H1, T1, M);
                false -> fum_2(F, T2, H1, T1, [H2 | M])
            end
    end;
fum_1(F, [], H2, T2, [Last | _] = M) ->
    case F(H2, Last) of
        true -> finish(M, T2);
        false -> finish(M, [H2 | T2])
    end.

fum_2(F, [H2 | T2], H1, T1, M) ->
    case F(H1, H2) of
        false -> fum_2(F, T2, H1, T1, [H2 | M]);
        true -> fum_1(F, T1, H2, T2, [H1 | M])
    end;
fum_2(_, [], H1, T1, M) -> finish(M, [H1 | T1]).

rumerge(T1, []) -> T1;
rumerge(T1, [H2 | T2]) -> rum_1(T1, H2, T2, []).

%% Walking list 1 while holding H2 of list 2: takes H1 if it is not smaller; M's head
%% is then the last element taken from list 1.
rum_1([H1 | T1], H2, T2, M) when H1 >= H2 -> rum_1(T1, H2, T2, [H1 | M]);
rum_1([H1 | T1], H2, T2, [Last | _] = M) when H2 == Last -> rum_2(T2, H1, T1, M);
rum_1([H1 | T1], H2, T2, M) -> rum_2(T2, H1, T1, [H2 | M]);
rum_1([], H2, T2, [Last | _] = M) when H2 == Last -> finish(M, T2);
rum_1([], H2, T2, M) -> finish(M, [H2 | T2]).

rum_2([H2 | T2], H1, T1, M) when H2 > H1 -> rum_2(T2, H1, T1, [H2 | M]);
rum_2([H2 | T2], H1, T1, M) -> rum_1(T1, H2, T2, [H1 | M]);
rum_2([], H1, T1, M) -> finish(M, [H1 | T1]).

%% Descending per F (F(A, B): A =< B): H1 first unless F(H1, H2); if F(H2, H1) holds
%% too they are equal and H2 is dropped.
rumerge(F, T1, []) when is_function(F, 2) -> T1;
rumerge(F, T1, [H2 | T2]) when is_function(F, 2) -> frum_1(F, T1, H2, T2, []).

frum_1(F, [H1 | T1], H2, T2, M) ->
    case F(H1, H2) of
        false -> frum_1(F, T1, H2, T2, [H1 | M]);
        true ->
            case F(H2, H1) of
                true -> frum_next2(F, T2, T1, [H1 | M]);
                false -> frum_2(F, T2, H1, T1, [H2 | M])
            end
    end;
frum_1(_, [], H2, T2, M) -> finish(M, [H2 | T2]).

frum_2(F, [H2 | T2], H1, T1, M) ->
    case F(H1, H2) of
        false -> frum_1(F, T1, H2, T2, [H1 | M]);
        true ->
            case F(H2, H1) of
                true -> frum_next2(F, T2, T1, [H1 | M]);
                false -> frum_2(F, T2, H1, T1, [H2 | M])
            end
    end;
frum_2(_, [], H1, T1, M) -> finish(M, [H1 | T1]).

frum_next2(F, [H2 | T2], T1, M) -> frum_1(F, T1, H2, T2, M);
frum_next2(_, [], T1, M) -> finish(M, T1).

merge3(L1, L2, L3) -> merge(merge(L1, L2), L3).

rmerge3(L1, L2, L3) -> rmerge(rmerge(L1, L2), L3).

umerge3(L1, [], L3) -> umerge(L1, L3);
umerge3(L1, L2, []) -> umerge(L1, L2);
umerge3(L1, L2, L3) -> umerge(umerge(L1, L2), L3).

rumerge3(L1, L2, L3) -> rumerge(rumerge(L1, L2), L3).

%% Lists of lists: [L] is returned as it is.
merge([L]) -> L;
merge(Lists) -> merge_all(Lists).

merge_all([L1, L2 | T]) -> merge_all_1(merge(L1, L2), T);
merge_all([]) -> [].

merge_all_1(Acc, [L | T]) -> merge_all_1(merge(Acc, L), T);
merge_all_1(Acc, []) -> Acc.

umerge([L]) -> L;
umerge(Lists) -> umerge_all(Lists).

umerge_all([L1, L2 | T]) -> umerge_all_1(umerge(L1, L2), T);
umerge_all([]) -> [].

umerge_all_1(Acc, [L | T]) -> umerge_all_1(umerge(Acc, L), T);
umerge_all_1(Acc, []) -> Acc.

%% Key merges: the first element of the list looked at first is checked at once.
keymerge(N, T1, T2) when is_integer(N), N > 0 -> key_merge(N, T2, T1, fun fm_1/5).

rkeymerge(N, T1, T2) when is_integer(N), N > 0 -> key_merge(N, T2, T1, fun frm_1/5).

ukeymerge(N, T1, T2) when is_integer(N), N > 0 -> key_merge(N, T1, T2, fun fum_2/5).

rukeymerge(N, T1, T2) when is_integer(N), N > 0 -> key_merge(N, T2, T1, fun frum_1/5).

%% Merge(Le, Other, H, T, []) with [H | T] = First, or Other when First is empty (a
%% `case`, so that a First that is not a list fails with case_clause, as OTP's does).
key_merge(N, First, Other, Merge) ->
    case First of
        [] -> Other;
        [H | T] ->
            _ = element(N, H),
            Merge(keyle(N), Other, H, T, [])
    end.
