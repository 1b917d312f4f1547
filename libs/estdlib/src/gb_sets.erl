%% The gb_sets module of OTP 25: ordered sets as general balanced trees.
%%
%% The representation is OTP's: {Size, Tree}, Tree = nil | {Element, Smaller, Bigger};
%% elements are compared with < and > (1 and 1.0 are the same element). Insertion
%% balances as gb_trees does. The set operations give OTP's trees: union/2 inserts the
%% elements of the smaller set one by one when the bigger set has at least 10 elements
%% and Small * round(1.46 * ln(Big)) =< Big, and otherwise merges the element lists;
%% sets that union/2, intersection/2 and difference/2 build from a list have the bigger
%% half of the elements in the right subtree (from_list/1 etc. in the left one).
-module(gb_sets).

-export([add/2, add_element/2, balance/1, del_element/2, delete/2, delete_any/2,
         difference/2, empty/0, filter/2, fold/3, from_list/1, from_ordset/1, insert/2,
         intersection/1, intersection/2, is_disjoint/2, is_element/2, is_empty/1,
         is_member/2, is_set/1, is_subset/2, iterator/1, iterator_from/2, largest/1,
         new/0, next/1, singleton/1, size/1, smallest/1, subtract/2, take_largest/1,
         take_smallest/1, to_list/1, union/1, union/2]).

-compile({no_auto_import, [size/1]}).

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) -> Size.

singleton(E) -> {1, {E, nil, nil}}.

is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

%%% Lookup

is_member(E, S) -> is_element(E, S).

is_element(E, {_, T}) -> is_element_1(E, T).

is_element_1(E, {E1, Smaller, _}) when E < E1 -> is_element_1(E, Smaller);
is_element_1(E, {E1, _, Bigger}) when E > E1 -> is_element_1(E, Bigger);
is_element_1(_, {_, _, _}) -> true;
is_element_1(_, nil) -> false.

smallest({_, T}) -> smallest_1(T).

smallest_1({E, nil, _}) -> E;
smallest_1({_, Smaller, _}) -> smallest_1(Smaller).

largest({_, T}) -> largest_1(T).

largest_1({E, _, nil}) -> E;
largest_1({_, _, Bigger}) -> largest_1(Bigger).

to_list({_, T}) -> to_list(T, []).

to_list({E, Smaller, Bigger}, L) -> to_list(Smaller, [E | to_list(Bigger, L)]);
to_list(nil, L) -> L.

%%% Updates

add(E, S) -> add_element(E, S).

add_element(E, S) ->
    case is_element(E, S) of
        true -> S;
        false -> insert(E, S)
    end.

insert(E, {S, T}) ->
    N = S + 1,
    case insert_1(E, T, 1, N * N) of
        {up, T1, _, _} -> {N, T1};
        T1 -> {N, T1}
    end.

%% As in gb_trees: D is the depth of the node at hand, NN the new size squared; returns
%% the new subtree, or {up, Subtree, H, Size} while a node above may have to be rebalanced
%% (a 4-tuple, which a node never is).
insert_1(E, {E1, Smaller, Bigger}, D, NN) when E < E1 ->
    case insert_1(E, Smaller, D + 1, NN) of
        {up, T1, H, S} -> up({E1, T1, Bigger}, H + 1, S + 1 + count(Bigger));
        T1 -> {E1, T1, Bigger}
    end;
insert_1(E, {E1, Smaller, Bigger}, D, NN) when E > E1 ->
    case insert_1(E, Bigger, D + 1, NN) of
        {up, T1, H, S} -> up({E1, Smaller, T1}, H + 1, S + 1 + count(Smaller));
        T1 -> {E1, Smaller, T1}
    end;
insert_1(E, nil, D, NN) ->
    case (1 bsl (D - 1)) > NN of
        true -> {up, {E, nil, nil}, 1, 1};
        false -> {E, nil, nil}
    end;
insert_1(E, _, _, _) -> erlang:error({key_exists, E}).

up(T, H, S) ->
    case (1 bsl (H - 1)) > S * S of
        true -> balance_tree(T, S);
        false -> {up, T, H, S}
    end.

count({_, nil, nil}) -> 1;
count({_, Smaller, Bigger}) -> count(Smaller) + count(Bigger) + 1;
count(nil) -> 0.

del_element(E, S) -> delete_any(E, S).

delete_any(E, S) ->
    case is_element(E, S) of
        true -> delete(E, S);
        false -> S
    end.

delete(E, {S, T}) -> {S - 1, delete_1(E, T)}.

delete_1(E, {E1, Smaller, Bigger}) when E < E1 -> {E1, delete_1(E, Smaller), Bigger};
delete_1(E, {E1, Smaller, Bigger}) when E > E1 -> {E1, Smaller, delete_1(E, Bigger)};
delete_1(_, {_, Smaller, Bigger}) -> merge(Smaller, Bigger).

merge(Smaller, nil) -> Smaller;
merge(nil, Bigger) -> Bigger;
merge(Smaller, Bigger) ->
    {E, Bigger1} = take_smallest1(Bigger),
    {E, Smaller, Bigger1}.

take_smallest({S, T}) ->
    {E, T1} = take_smallest1(T),
    {E, {S - 1, T1}}.

take_smallest1({E, nil, Bigger}) -> {E, Bigger};
take_smallest1({E, Smaller, Bigger}) ->
    {E1, Smaller1} = take_smallest1(Smaller),
    {E1, {E, Smaller1, Bigger}}.

take_largest({S, T}) ->
    {E, T1} = take_largest1(T),
    {E, {S - 1, T1}}.

take_largest1({E, Smaller, nil}) -> {E, Smaller};
take_largest1({E, Smaller, Bigger}) ->
    {E1, Bigger1} = take_largest1(Bigger),
    {E1, {E, Smaller, Bigger1}}.

%%% Building

balance({S, T}) -> {S, balance_tree(T, S)}.

balance_tree(T, S) -> from_ordset_n(to_list(T, []), S).

from_list(L) -> from_ordset(lists:usort(L)).

from_ordset(L) ->
    S = length(L),
    {S, from_ordset_n(L, S)}.

from_ordset_n(L, S) ->
    {T, []} = build(L, S),
    T.

%% The smaller half (rounded down) on the left.
build(L, S) when S > 1 ->
    BiggerN = (S - 1) div 2,
    {Smaller, [E | Rest]} = build(L, S - 1 - BiggerN),
    {Bigger, Rest1} = build(Rest, BiggerN),
    {{E, Smaller, Bigger}, Rest1};
build([E | L], 1) -> {{E, nil, nil}, L};
build(L, 0) -> {nil, L}.

%% A set of S elements from an ordered list, the bigger half (rounded up) in the Bigger
%% (right) subtree.
from_list_big_left(L, S) ->
    {T, []} = build_bl(L, S),
    {S, T}.

build_bl(L, S) when S > 0 ->
    BiggerN = S div 2,
    {Smaller, [E | Rest]} = build_bl(L, S - 1 - BiggerN),
    {Bigger, Rest1} = build_bl(Rest, BiggerN),
    {{E, Smaller, Bigger}, Rest1};
build_bl(L, 0) -> {nil, L}.

%%% Set operations

union({N1, T1}, {N2, T2}) when N2 < N1 -> union_1(T1, N1, T2, N2);
union({_, T1} = S1, {N2, T2}) -> union_1(T2, N2, T1, size(S1)).

%% T: the bigger set (M elements, the second one if they have the same size), TS the
%% smaller (N). Of two equal elements the smaller set's is kept when merging, the bigger
%% set's when inserting, as in OTP.
union_1(T, M, TS, N) ->
    case M < 10 orelse M < N * round(1.46 * math:log(M)) of
        true ->
            L = umerge(to_list(TS, []), to_list(T, [])),
            from_list_big_left(L, length(L));
        false -> lists:foldl(fun add_element/2, {M, T}, to_list(TS, []))
    end.

%% The ordered union. As in OTP (and ordsets), the lists swap places after an element
%% of the second is taken; of two equal elements the one of the list first at that point
%% is kept.
umerge([X | Xs] = L1, [Y | Ys] = L2) ->
    if
        X < Y -> [X | umerge(Xs, L2)];
        X > Y -> [Y | umerge(Ys, L1)];
        true -> [X | umerge(Xs, Ys)]
    end;
umerge([], L2) -> L2;
umerge(L1, []) -> L1.

union([S | Ss]) -> union_list(S, Ss);
union([]) -> empty().

union_list(S, [S1 | Ss]) -> union_list(union(S, S1), Ss);
union_list(S, []) -> S.

%% As union/2: the smaller set's elements (the first's for equal sizes) are looked up in
%% the bigger set, or the two lists are merged (swapping places as in union/2).
intersection({N1, T1}, {N2, T2}) when N2 < N1 -> intersection_1(to_list(T2, []), N2, T1, N1);
intersection({N1, T1}, {N2, T2}) -> intersection_1(to_list(T1, []), N1, T2, N2).

intersection_1(L, N, T, M) ->
    L1 = case M < 10 orelse M < N * round(1.46 * math:log(M)) of
             true -> intersect(L, to_list(T, []));
             false -> [E || E <- L, is_element_1(E, T)]
         end,
    from_list_big_left(L1, length(L1)).

intersect([X | Xs] = L1, [Y | Ys] = L2) ->
    if
        X < Y -> intersect(Xs, L2);
        X > Y -> intersect(Ys, L1);
        true -> [X | intersect(Xs, Ys)]
    end;
intersect(_, _) -> [].

intersection([S | Ss]) -> intersection_list(S, Ss).

intersection_list(S, [S1 | Ss]) -> intersection_list(intersection(S, S1), Ss);
intersection_list(S, []) -> S.

subtract(S1, S2) -> difference(S1, S2).

difference({_, T1}, {_, T2}) ->
    L = diff(to_list(T1, []), to_list(T2, [])),
    from_list_big_left(L, length(L)).

diff([X | Xs] = L1, [Y | Ys] = L2) ->
    if
        X < Y -> [X | diff(Xs, L2)];
        X > Y -> diff(L1, Ys);
        true -> diff(Xs, Ys)
    end;
diff(L1, []) -> L1;
diff([], _) -> [].

is_disjoint({_, T1}, {_, T2}) -> intersect(to_list(T1, []), to_list(T2, [])) =:= [].

is_subset({_, T1}, {_, T2}) -> diff(to_list(T1, []), to_list(T2, [])) =:= [].

filter(P, {_, T}) when is_function(P, 1) -> from_ordset(lists:filter(P, to_list(T, []))).

fold(F, Acc, {_, T}) when is_function(F, 2) -> fold_1(F, Acc, T).

fold_1(F, Acc, {E, Smaller, Bigger}) -> fold_1(F, F(E, fold_1(F, Acc, Smaller)), Bigger);
fold_1(_, Acc, _) -> Acc.

%%% Iterators

iterator({_, T}) -> iterator_1(T, []).

iterator_1({_, nil, _} = T, As) -> [T | As];
iterator_1({_, Smaller, _} = T, As) -> iterator_1(Smaller, [T | As]);
iterator_1(nil, As) -> As.

iterator_from(E, {_, T}) -> iterator_from_1(E, T, []).

iterator_from_1(E, {E1, _, Bigger}, As) when E1 < E -> iterator_from_1(E, Bigger, As);
iterator_from_1(_, {_, nil, _} = T, As) -> [T | As];
iterator_from_1(E, {_, Smaller, _} = T, As) -> iterator_from_1(E, Smaller, [T | As]);
iterator_from_1(_, nil, As) -> As.

next([{E, _, Bigger} | As]) -> {E, iterator_1(Bigger, As)};
next([]) -> none.
