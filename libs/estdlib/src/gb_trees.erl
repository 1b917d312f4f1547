%% The gb_trees module of OTP 25: general balanced trees (Arne Andersson's scheme).
%%
%% The representation is OTP's: {Size, Tree}, Tree = nil | {Key, Value, Smaller, Bigger}.
%% Keys are compared with < and > (1 and 1.0 are the same key). Trees are only rebalanced
%% on insertion, and the same trees as OTP's result: when the new node lies at depth D
%% (the root at depth 1) of a tree of N nodes and 2^(D-1) > N^2, the lowest node on its
%% path whose subtree (S nodes, new node H levels down counting itself) has
%% 2^(H-1) > S^2 is rebuilt perfectly balanced (the smaller half on the left). Deletion
%% replaces a node by the smallest node of its bigger subtree. Iterators are OTP's stacks
%% of nodes.
-module(gb_trees).

-export([balance/1, delete/2, delete_any/2, empty/0, enter/3, from_orddict/1, get/2,
         insert/3, is_defined/2, is_empty/1, iterator/1, iterator_from/2, keys/1,
         largest/1, lookup/2, map/2, next/1, size/1, smallest/1, take/2, take_any/2,
         take_largest/1, take_smallest/1, to_list/1, update/3, values/1]).

-compile({no_auto_import, [size/1]}).

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

%%% Lookup

lookup(Key, {_, T}) -> lookup_1(Key, T).

lookup_1(Key, {K, _, Smaller, _}) when Key < K -> lookup_1(Key, Smaller);
lookup_1(Key, {K, _, _, Bigger}) when Key > K -> lookup_1(Key, Bigger);
lookup_1(_, {_, V, _, _}) -> {value, V};
lookup_1(_, nil) -> none.

is_defined(Key, {_, T}) -> is_defined_1(Key, T).

is_defined_1(Key, {K, _, Smaller, _}) when Key < K -> is_defined_1(Key, Smaller);
is_defined_1(Key, {K, _, _, Bigger}) when Key > K -> is_defined_1(Key, Bigger);
is_defined_1(_, {_, _, _, _}) -> true;
is_defined_1(_, nil) -> false.

get(Key, {_, T}) -> get_1(Key, T).

get_1(Key, {K, _, Smaller, _}) when Key < K -> get_1(Key, Smaller);
get_1(Key, {K, _, _, Bigger}) when Key > K -> get_1(Key, Bigger);
get_1(_, {_, V, _, _}) -> V.

smallest({_, T}) -> smallest_1(T).

smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, Smaller, _}) -> smallest_1(Smaller).

largest({_, T}) -> largest_1(T).

largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, Bigger}) -> largest_1(Bigger).

keys({_, T}) -> keys(T, []).

keys({K, _, Smaller, Bigger}, L) -> keys(Smaller, [K | keys(Bigger, L)]);
keys(nil, L) -> L.

values({_, T}) -> values(T, []).

values({_, V, Smaller, Bigger}, L) -> values(Smaller, [V | values(Bigger, L)]);
values(nil, L) -> L.

to_list({_, T}) -> to_list(T, []).

to_list({K, V, Smaller, Bigger}, L) -> to_list(Smaller, [{K, V} | to_list(Bigger, L)]);
to_list(nil, L) -> L.

%%% Updates

update(Key, Val, {S, T}) -> {S, update_1(Key, Val, T)}.

update_1(Key, Val, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, update_1(Key, Val, Smaller), Bigger};
update_1(Key, Val, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, update_1(Key, Val, Bigger)};
update_1(Key, Val, {_, _, Smaller, Bigger}) -> {Key, Val, Smaller, Bigger}.

enter(Key, Val, T) ->
    case is_defined(Key, T) of
        true -> update(Key, Val, T);
        false -> insert(Key, Val, T)
    end.

insert(Key, Val, {S, T}) when is_integer(S) ->
    N = S + 1,
    case insert_1(Key, Val, T, 1, N * N) of
        {T1, _, _} -> {N, T1};
        T1 -> {N, T1}
    end.

%% D: depth of the node at hand; NN: the new size squared. Returns the new subtree, or
%% {Subtree, H, Size} while a node on the way up may have to be rebalanced.
insert_1(Key, Val, {K, V, Smaller, Bigger}, D, NN) when Key < K ->
    case insert_1(Key, Val, Smaller, D + 1, NN) of
        {T1, H, S} -> up({K, V, T1, Bigger}, H + 1, S + 1 + count(Bigger));
        T1 -> {K, V, T1, Bigger}
    end;
insert_1(Key, Val, {K, V, Smaller, Bigger}, D, NN) when Key > K ->
    case insert_1(Key, Val, Bigger, D + 1, NN) of
        {T1, H, S} -> up({K, V, Smaller, T1}, H + 1, S + 1 + count(Smaller));
        T1 -> {K, V, Smaller, T1}
    end;
insert_1(Key, Val, nil, D, NN) ->
    case (1 bsl (D - 1)) > NN of
        true -> {{Key, Val, nil, nil}, 1, 1};
        false -> {Key, Val, nil, nil}
    end;
insert_1(Key, _, _, _, _) -> erlang:error({key_exists, Key}).

up(T, H, S) ->
    case (1 bsl (H - 1)) > S * S of
        true -> balance_tree(T, S);
        false -> {T, H, S}
    end.

count({_, _, nil, nil}) -> 1;
count({_, _, Smaller, Bigger}) -> count(Smaller) + count(Bigger) + 1;
count(nil) -> 0.

delete(Key, {S, T}) when is_integer(S), S >= 0 -> {S - 1, delete_1(Key, T)}.

delete_1(Key, {K, V, Smaller, Bigger}) when Key < K -> {K, V, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, V, Smaller, Bigger}) when Key > K -> {K, V, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Bigger}) -> merge(Smaller, Bigger).

merge(Smaller, nil) -> Smaller;
merge(nil, Bigger) -> Bigger;
merge(Smaller, Bigger) ->
    {K, V, Bigger1} = take_smallest1(Bigger),
    {K, V, Smaller, Bigger1}.

delete_any(Key, T) ->
    case is_defined(Key, T) of
        true -> delete(Key, T);
        false -> T
    end.

take(Key, {S, T}) when is_integer(S), S >= 0 ->
    {V, T1} = take_1(Key, T),
    {V, {S - 1, T1}}.

take_1(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {V1, Smaller1} = take_1(Key, Smaller),
    {V1, {K, V, Smaller1, Bigger}};
take_1(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {V1, Bigger1} = take_1(Key, Bigger),
    {V1, {K, V, Smaller, Bigger1}};
take_1(_, {_, V, Smaller, Bigger}) -> {V, merge(Smaller, Bigger)}.

take_any(Key, T) ->
    case is_defined(Key, T) of
        true -> take(Key, T);
        false -> error
    end.

take_smallest({S, T}) ->
    {K, V, T1} = take_smallest1(T),
    {K, V, {S - 1, T1}}.

take_smallest1({K, V, nil, Bigger}) -> {K, V, Bigger};
take_smallest1({K, V, Smaller, Bigger}) ->
    {K1, V1, Smaller1} = take_smallest1(Smaller),
    {K1, V1, {K, V, Smaller1, Bigger}}.

take_largest({S, T}) ->
    {K, V, T1} = take_largest1(T),
    {K, V, {S - 1, T1}}.

take_largest1({K, V, Smaller, nil}) -> {K, V, Smaller};
take_largest1({K, V, Smaller, Bigger}) ->
    {K1, V1, Bigger1} = take_largest1(Bigger),
    {K1, V1, {K, V, Smaller, Bigger1}}.

%%% Balancing

balance({S, T}) -> {S, balance_tree(T, S)}.

balance_tree(T, S) -> from_list_n(to_list(T, []), S).

from_orddict(L) ->
    S = length(L),
    {S, from_list_n(L, S)}.

from_list_n(L, S) ->
    {T, []} = build(L, S),
    T.

%% The first S elements of L as a balanced tree, and the rest of L. (A list that is not
%% of pairs fails with function_clause or badmatch, as OTP's.)
build(L, S) when S > 1 ->
    BiggerN = (S - 1) div 2,
    {Smaller, [{K, V} | Rest]} = build(L, S - 1 - BiggerN),
    {Bigger, Rest1} = build(Rest, BiggerN),
    {{K, V, Smaller, Bigger}, Rest1};
build([{K, V} | L], 1) -> {{K, V, nil, nil}, L};
build(L, 0) -> {nil, L}.

%%% Iterators and map

iterator({_, T}) -> iterator_1(T, []).

iterator_1({_, _, nil, _} = T, As) -> [T | As];
iterator_1({_, _, Smaller, _} = T, As) -> iterator_1(Smaller, [T | As]);
iterator_1(nil, As) -> As.

iterator_from(Key, {_, T}) -> iterator_from_1(Key, T, []).

iterator_from_1(Key, {K, _, _, Bigger}, As) when K < Key -> iterator_from_1(Key, Bigger, As);
iterator_from_1(_, {_, _, nil, _} = T, As) -> [T | As];
iterator_from_1(Key, {_, _, Smaller, _} = T, As) -> iterator_from_1(Key, Smaller, [T | As]);
iterator_from_1(_, nil, As) -> As.

next([{K, V, _, Bigger} | As]) -> {K, V, iterator_1(Bigger, As)};
next([]) -> none.

map(F, {S, T}) when is_function(F, 2) -> {S, map_1(F, T)}.

map_1(F, {K, V, Smaller, Bigger}) -> {K, F(K, V), map_1(F, Smaller), map_1(F, Bigger)};
map_1(_, nil) -> nil.
