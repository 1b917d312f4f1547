%% The array module of OTP 25: functional, extendible arrays indexed from 0.
%%
%% The representation is OTP's: {array, Size, Max, Default, Tree}. Max is the capacity
%% of the tree for an extendible array and 0 for a fixed-size one. The tree is a leaf
%% (a tuple of 10 elements), a node (a tuple of 10 subtrees followed by the capacity of
%% each subtree) or an integer: a subtree that holds only the default value, as big as
%% that integer. Subtrees are expanded only when written to, and shrinking an array
%% (resize/2) keeps the elements beyond its new size, as OTP's does.
%%
%% Known differences: from_orddict/1,2 may expand (or not) an all-default leaf that OTP
%% leaves as an integer (or expands); the elements are the same. OTP builds inconsistent
%% trees when an array shrunk by resize/2 is then relaxed or grown as a fixed array;
%% reading such an array may give other results than OTP's.
-module(array).

-export([default/1, fix/1, foldl/3, foldr/3, from_list/1, from_list/2, from_orddict/1,
         from_orddict/2, get/2, is_array/1, is_fix/1, map/2, new/0, new/1, new/2, relax/1,
         reset/2, resize/1, resize/2, set/3, size/1, sparse_foldl/3, sparse_foldr/3,
         sparse_map/2, sparse_size/1, sparse_to_list/1, sparse_to_orddict/1, to_list/1,
         to_orddict/1]).

-compile({no_auto_import, [size/1]}).

-define(LEAF, 10).

-record(array, {size, max, default, elements}).

%%% Creation and properties

new() -> new([]).

new(Opts) -> new_1(opts(Opts), 0, false, undefined).

new(Size, Opts) when is_integer(Size), Size >= 0 -> new_1([{size, Size} | opts(Opts)], 0, false, undefined);
new(Size, Opts) -> erlang:error(badarg, [Size, Opts]).

opts(L) when is_list(L) -> L;
opts(O) -> [O].

new_1([{size, N} | Os], _, _, Default) when is_integer(N), N >= 0 -> new_1(Os, N, true, Default);
new_1([N | Os], _, _, Default) when is_integer(N), N >= 0 -> new_1(Os, N, true, Default);
new_1([fixed | Os], Size, _, Default) -> new_1(Os, Size, true, Default);
new_1([{fixed, B} | Os], Size, _, Default) when is_boolean(B) -> new_1(Os, Size, B, Default);
new_1([{default, D} | Os], Size, Fixed, _) -> new_1(Os, Size, Fixed, D);
new_1([], Size, Fixed, Default) ->
    Cap = capacity_for(Size),
    #array{size = Size, max = case Fixed of true -> 0; false -> Cap end,
           default = Default, elements = Cap};
new_1(_, _, _, _) -> erlang:error(badarg).

%% The smallest tree capacity (10, 100, ...) that holds N elements (at least 10).
capacity_for(N) -> capacity_for(N, ?LEAF).

capacity_for(N, C) when N > C -> capacity_for(N, C * ?LEAF);
capacity_for(_, C) -> C.

%% The capacity of a tree.
cap(E) when is_integer(E) -> E;
cap(E) when tuple_size(E) =:= ?LEAF -> ?LEAF;
cap(E) -> ?LEAF * element(?LEAF + 1, E).

is_array(#array{size = S, max = M}) when is_integer(S), is_integer(M) -> true;
is_array(_) -> false.

size(#array{size = S}) -> S;
size(A) -> erlang:error(badarg, [A]).

default(#array{default = D}) -> D;
default(A) -> erlang:error(badarg, [A]).

is_fix(#array{max = 0}) -> true;
is_fix(#array{}) -> false.

fix(#array{} = A) -> A#array{max = 0}.

relax(#array{size = S} = A) -> A#array{max = capacity_for(S)}.

%%% Access

get(I, #array{size = S, max = M, default = D, elements = E}) when is_integer(I), I >= 0 ->
    if
        I < S -> get_1(I, E, D);
        M > 0 -> D;
        true -> erlang:error(badarg, [I, {array, S, M, D, E}])
    end;
get(I, A) -> erlang:error(badarg, [I, A]).

get_1(_, E, D) when is_integer(E) -> D;
get_1(I, E, _) when tuple_size(E) =:= ?LEAF -> element(I + 1, E);
get_1(I, E, D) ->
    C = element(?LEAF + 1, E),
    get_1(I rem C, element(I div C + 1, E), D).

set(I, V, #array{size = S, max = M, default = D, elements = E} = A)
  when is_integer(I), I >= 0 ->
    if
        I < S -> A#array{elements = set_1(I, V, E, D)};
        M > 0 ->
            {E1, M1} = grow(I, E, M),
            A#array{size = I + 1, max = M1, elements = set_1(I, V, E1, D)};
        true -> erlang:error(badarg, [I, V, A])
    end;
set(I, V, A) -> erlang:error(badarg, [I, V, A]).

%% Deepens the tree until index I fits below M (the capacity). As in OTP, the new root's
%% other subtrees are of size M, and a tree that is all default just becomes bigger.
grow(I, E, M) when I >= M ->
    E1 = case is_integer(E) of
             true -> M * ?LEAF;
             false -> erlang:append_element(erlang:make_tuple(?LEAF, M, [{1, E}]), M)
         end,
    grow(I, E1, M * ?LEAF);
grow(_, E, M) -> {E, M}.

set_1(I, V, E, D) when is_integer(E) -> set_1(I, V, expand(E, D), D);
set_1(I, V, E, _) when tuple_size(E) =:= ?LEAF -> setelement(I + 1, E, V);
set_1(I, V, E, D) ->
    C = element(?LEAF + 1, E),
    K = I div C + 1,
    setelement(K, E, set_1(I rem C, V, element(K, E), D)).

%% An integer subtree made real: a leaf of defaults, or a node of integer subtrees.
expand(?LEAF, D) -> erlang:make_tuple(?LEAF, D);
expand(C, _) -> erlang:make_tuple(?LEAF + 1, C div ?LEAF).

reset(I, #array{size = S, max = M, default = D, elements = E} = A)
  when is_integer(I), I >= 0 ->
    if
        I < S -> A#array{elements = reset_1(I, E, D)};
        M > 0 -> A;
        true -> erlang:error(badarg, [I, A])
    end;
reset(I, A) -> erlang:error(badarg, [I, A]).

reset_1(_, E, _) when is_integer(E) -> E;
reset_1(I, E, D) when tuple_size(E) =:= ?LEAF -> setelement(I + 1, E, D);
reset_1(I, E, D) ->
    C = element(?LEAF + 1, E),
    K = I div C + 1,
    setelement(K, E, reset_1(I rem C, element(K, E), D)).

%% Growing: as in OTP, the tree is deepened from the capacity the array is supposed to
%% have (Max, or for a fixed array the capacity of its current size).
resize(N, #array{size = S, max = M, elements = E} = A) when is_integer(N), N >= 0 ->
    if
        N > S ->
            M0 = case M of
                     0 -> capacity_for(S);
                     _ -> M
                 end,
            {E1, M1} = grow(N - 1, E, M0),
            A#array{size = N, elements = E1, max = case M of 0 -> 0; _ -> M1 end};
        true -> A#array{size = N}
    end;
resize(N, A) -> erlang:error(badarg, [N, A]).

resize(A) -> resize(sparse_size(A), A).

%%% Conversions

to_list(#array{size = S} = A) -> foldr(fun(_, V, L) -> [V | L] end, [], A, S);
to_list(A) -> erlang:error(badarg, [A]).

sparse_to_list(#array{} = A) -> sparse_foldr(fun(_, V, L) -> [V | L] end, [], A);
sparse_to_list(A) -> erlang:error(badarg, [A]).

to_orddict(#array{size = S} = A) -> foldr(fun(I, V, L) -> [{I, V} | L] end, [], A, S);
to_orddict(A) -> erlang:error(badarg, [A]).

sparse_to_orddict(#array{} = A) -> sparse_foldr(fun(I, V, L) -> [{I, V} | L] end, [], A);
sparse_to_orddict(A) -> erlang:error(badarg, [A]).

from_list(L) -> from_list(L, undefined).

from_list([], Default) -> new([{default, Default}]);
from_list(L, Default) when is_list(L) ->
    case leaves(L, Default, 0, []) of
        {ok, N, Leaves} ->
            E = build(Leaves, ?LEAF),
            #array{size = N, max = cap(E), default = Default, elements = E};
        error -> erlang:error(badarg, [L, Default])
    end;
from_list(L, Default) -> erlang:error(badarg, [L, Default]).

%% The list cut into leaves (the last one padded with the default); error if improper.
leaves([], _, N, Acc) -> {ok, N, lists:reverse(Acc)};
leaves(L, D, N, Acc) ->
    case take_leaf(L, ?LEAF, []) of
        {ok, Leaf, Rest, K} -> leaves(Rest, D, N + K, [pad(Leaf, D) | Acc]);
        error -> error
    end.

take_leaf(L, 0, Acc) -> {ok, lists:reverse(Acc), L, ?LEAF};
take_leaf([X | T], K, Acc) -> take_leaf(T, K - 1, [X | Acc]);
take_leaf([], K, Acc) -> {ok, lists:reverse(Acc), [], ?LEAF - K};
take_leaf(_, _, _) -> error.

pad(Elems, D) -> list_to_tuple(Elems ++ lists:duplicate(?LEAF - length(Elems), D)).

%% Subtrees of capacity C each, grouped ten by ten until one is left.
build([E], _) -> E;
build(Es, C) -> build(group(Es, C), C * ?LEAF).

group([], _) -> [];
group(Es, C) ->
    {Ten, Rest} = split_max(Es, ?LEAF),
    Node = list_to_tuple(Ten ++ lists:duplicate(?LEAF - length(Ten), C) ++ [C]),
    [Node | group(Rest, C)].

split_max(L, N) when length(L) =< N -> {L, []};
split_max(L, N) -> lists:split(N, L).

from_orddict(L) -> from_orddict(L, undefined).

from_orddict([], Default) -> new([{default, Default}]);
from_orddict(L, Default) when is_list(L) ->
    {N, Pairs} = check_orddict(L, -1, []),
    Cap = capacity_for(N),
    E = orddict_tree(Pairs, 0, Cap, Default),
    #array{size = N, max = Cap, default = Default, elements = E};
from_orddict(L, Default) -> erlang:error(badarg, [L, Default]).

%% The pairs with increasing indexes, and the size; {badarg, Rest} at the first bad one.
check_orddict([{I, _} = P | T], Last, Acc) when is_integer(I), I > Last ->
    check_orddict(T, I, [P | Acc]);
check_orddict([], Last, Acc) -> {Last + 1, lists:reverse(Acc)};
check_orddict(Rest, _, _) -> erlang:error({badarg, Rest}).

%% The subtree of capacity C starting at index Base holding Pairs (all below Base + C).
orddict_tree([], _, C, _) -> C;
orddict_tree(Pairs, Base, ?LEAF, D) ->
    list_to_tuple(fill_leaf(Pairs, Base, 0, D));
orddict_tree(Pairs, Base, C, D) ->
    Sub = C div ?LEAF,
    list_to_tuple(orddict_children(Pairs, Base, Sub, 0, D) ++ [Sub]).

fill_leaf(_, _, ?LEAF, _) -> [];
fill_leaf([{I, V} | T], Base, K, D) when I =:= Base + K -> [V | fill_leaf(T, Base, K + 1, D)];
fill_leaf(Pairs, Base, K, D) -> [D | fill_leaf(Pairs, Base, K + 1, D)].

orddict_children(_, _, _, ?LEAF, _) -> [];
orddict_children(Pairs, Base, Sub, K, D) ->
    Limit = Base + (K + 1) * Sub,
    {Mine, Rest} = lists:splitwith(fun({I, _}) -> I < Limit end, Pairs),
    [orddict_tree(Mine, Base + K * Sub, Sub, D) | orddict_children(Rest, Base, Sub, K + 1, D)].

%%% Folds and maps

foldl(F, Acc, #array{size = S, default = D, elements = E}) when is_function(F, 3) ->
    foldl_1(F, Acc, E, 0, S, D);
foldl(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

%% Over the indexes Base.. of subtree E below S.
foldl_1(F, Acc, E, Base, S, D) when is_integer(E) ->
    foldl_default(F, Acc, Base, min(Base + E, S), D);
foldl_1(F, Acc, E, Base, S, _) when tuple_size(E) =:= ?LEAF ->
    foldl_leaf(F, Acc, E, Base, 1, min(?LEAF, S - Base));
foldl_1(F, Acc, E, Base, S, D) ->
    C = element(?LEAF + 1, E),
    foldl_node(F, Acc, E, Base, 1, C, S, D).

foldl_default(F, Acc, I, End, D) when I < End -> foldl_default(F, F(I, D, Acc), I + 1, End, D);
foldl_default(_, Acc, _, _, _) -> Acc.

foldl_leaf(F, Acc, E, Base, K, N) when K =< N ->
    foldl_leaf(F, F(Base + K - 1, element(K, E), Acc), E, Base, K + 1, N);
foldl_leaf(_, Acc, _, _, _, _) -> Acc.

foldl_node(F, Acc, E, Base, K, C, S, D) when K =< ?LEAF, Base + (K - 1) * C < S ->
    Acc1 = foldl_1(F, Acc, element(K, E), Base + (K - 1) * C, S, D),
    foldl_node(F, Acc1, E, Base, K + 1, C, S, D);
foldl_node(_, Acc, _, _, _, _, _, _) -> Acc.

foldr(F, Acc, #array{size = S} = A) when is_function(F, 3) -> foldr(F, Acc, A, S);
foldr(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

foldr(F, Acc, #array{default = D, elements = E}, S) ->
    lists:foldl(fun({I, V}, A) -> F(I, V, A) end, Acc,
                foldl_1(fun(I, V, L) -> [{I, V} | L] end, [], E, 0, S, D)).

sparse_foldl(F, Acc, #array{default = D} = A) when is_function(F, 3) ->
    sparse_foldl_1(F, Acc, A#array.elements, 0, A#array.size, D);
sparse_foldl(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

sparse_foldl_1(_, Acc, E, _, _, _) when is_integer(E) -> Acc;
sparse_foldl_1(F, Acc, E, Base, S, D) when tuple_size(E) =:= ?LEAF ->
    sparse_leaf(F, Acc, E, Base, 1, min(?LEAF, S - Base), D);
sparse_foldl_1(F, Acc, E, Base, S, D) ->
    C = element(?LEAF + 1, E),
    sparse_node(F, Acc, E, Base, 1, C, S, D).

sparse_leaf(F, Acc, E, Base, K, N, D) when K =< N ->
    Acc1 = case element(K, E) of
               D -> Acc;
               V -> F(Base + K - 1, V, Acc)
           end,
    sparse_leaf(F, Acc1, E, Base, K + 1, N, D);
sparse_leaf(_, Acc, _, _, _, _, _) -> Acc.

sparse_node(F, Acc, E, Base, K, C, S, D) when K =< ?LEAF, Base + (K - 1) * C < S ->
    Acc1 = sparse_foldl_1(F, Acc, element(K, E), Base + (K - 1) * C, S, D),
    sparse_node(F, Acc1, E, Base, K + 1, C, S, D);
sparse_node(_, Acc, _, _, _, _, _, _) -> Acc.

sparse_foldr(F, Acc, #array{default = D} = A) when is_function(F, 3) ->
    Pairs = sparse_foldl_1(fun(I, V, L) -> [{I, V} | L] end, [], A#array.elements, 0,
                           A#array.size, D),
    lists:foldl(fun({I, V}, Ac) -> F(I, V, Ac) end, Acc, Pairs);
sparse_foldr(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

sparse_size(#array{} = A) ->
    case sparse_foldl(fun(I, _, _) -> I end, -1, A) of
        Last -> Last + 1
    end;
sparse_size(A) -> erlang:error(badarg, [A]).

%% map/2 makes every subtree below the size real; elements of a leaf at or after the
%% size become the default.
map(F, #array{size = S, default = D, elements = E} = A) when is_function(F, 2) ->
    A#array{elements = map_1(F, E, 0, S, D)};
map(F, A) -> erlang:error(badarg, [F, A]).

map_1(_, E, Base, S, _) when Base >= S -> E;
map_1(F, E, Base, S, D) when is_integer(E) -> map_1(F, expand(E, D), Base, S, D);
map_1(F, E, Base, S, D) when tuple_size(E) =:= ?LEAF ->
    list_to_tuple([case K < S - Base of
                       true -> F(Base + K, element(K + 1, E));
                       false -> D
                   end || K <- lists:seq(0, ?LEAF - 1)]);
map_1(F, E, Base, S, D) ->
    C = element(?LEAF + 1, E),
    list_to_tuple([map_1(F, element(K + 1, E), Base + K * C, S, D) || K <- lists:seq(0, ?LEAF - 1)]
                  ++ [C]).

%% sparse_map/2 maps the elements that are not the default in every leaf that starts
%% below the size (even those of such a leaf at or after the size, as OTP's does).
sparse_map(F, #array{size = S, default = D, elements = E} = A) when is_function(F, 2) ->
    A#array{elements = sparse_map_1(F, E, 0, S, D)};
sparse_map(F, A) -> erlang:error(badarg, [F, A]).

sparse_map_1(_, E, _, _, _) when is_integer(E) -> E;
sparse_map_1(_, E, Base, S, _) when Base >= S -> E;
sparse_map_1(F, E, Base, _S, D) when tuple_size(E) =:= ?LEAF ->
    list_to_tuple([case element(K + 1, E) of
                       D -> D;
                       V -> F(Base + K, V)
                   end || K <- lists:seq(0, ?LEAF - 1)]);
sparse_map_1(F, E, Base, S, D) ->
    C = element(?LEAF + 1, E),
    list_to_tuple([sparse_map_1(F, element(K + 1, E), Base + K * C, S, D)
                   || K <- lists:seq(0, ?LEAF - 1)] ++ [C]).
