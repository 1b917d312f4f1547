%% The sets module of OTP 25: sets of any terms (elements are equal when they match, =:=).
%%
%% Two representations, as in OTP 25:
%% - version 1 (the default): OTP's linear hash table, so that sets can be exchanged with
%%   OTP nodes and iterate in OTP's order: {set, Size, N, MaxN, BSO, ExpSize, ConSize,
%%   Empty, Segs}, buckets are lists of elements, new elements at their front (see dict.erl
%%   for the table itself);
%% - version 2 (new([{version, 2}]), from_list(L, [{version, 2}])): a map Element => [].
%% Functions taking two sets accept mixed versions; the result has the version OTP's
%% would have (which of the two sets is walked depends on their sizes, as in OTP).
-module(sets).

-export([add_element/2, del_element/2, filter/2, fold/3, from_list/1, from_list/2,
         intersection/1, intersection/2, is_disjoint/2, is_element/2, is_empty/1,
         is_set/1, is_subset/2, new/0, new/1, size/1, subtract/2, to_list/1, union/1,
         union/2]).

-compile({no_auto_import, [size/1]}).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(set, {size = 0, n = ?SEG_SIZE, maxn = ?SEG_SIZE, bso = ?SEG_SIZE div 2,
              exp_size = ?SEG_SIZE * ?EXPAND_LOAD, con_size = ?SEG_SIZE * ?CONTRACT_LOAD,
              empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #set{empty = Empty, segs = {Empty}}.

new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

from_list(L) -> lists:foldl(fun add_element/2, new(), L).

from_list(L, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(L);
        2 -> maps:from_keys(L, [])
    end.

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = S) -> map_size(S);
size(#set{size = N}) -> N.

is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = N}) -> N =:= 0.

to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, Acc) -> [E | Acc] end, [], S).

is_element(E, #{} = S) -> is_map_key(E, S);
is_element(E, #set{} = S) -> lists:member(E, bucket(S, slot(S, E))).

add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = slot(S, E),
    B = bucket(S, Slot),
    case lists:member(E, B) of
        true -> S;
        false -> grown(set_bucket(S, Slot, [E | B]))
    end.

del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = slot(S, E),
    B = bucket(S, Slot),
    case lists:member(E, B) of
        true -> shrunk_by(set_bucket(S, Slot, delete(E, B)), 1);
        false -> S
    end.

delete(E, [E | T]) -> T;
delete(E, [H | T]) -> [H | delete(E, T)].

%%% Whole-set functions

fold(F, Acc, #{} = S) when is_function(F, 2) -> maps:fold(fun(E, _, A) -> F(E, A) end, Acc, S);
fold(F, Acc, #set{segs = Segs}) when is_function(F, 2) ->
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_segs(F, Acc, Segs, I) when I >= 1 ->
    fold_segs(F, fold_seg(F, Acc, element(I, Segs), ?SEG_SIZE), Segs, I - 1);
fold_segs(_, Acc, _, 0) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, lists:foldl(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, 0) -> Acc.

filter(P, #{} = S) when is_function(P, 1) -> maps:from_keys(filter_list(P, maps:keys(S)), []);
filter(P, #set{segs = Segs} = S) when is_function(P, 1) ->
    {Segs1, Removed} = filter_segs(P, tuple_to_list(Segs), [], 0),
    shrunk_by(S#set{segs = list_to_tuple(Segs1)}, Removed).

filter_list(P, [E | T]) ->
    case P(E) of
        true -> [E | filter_list(P, T)];
        false -> filter_list(P, T)
    end;
filter_list(_, []) -> [].

filter_segs(P, [Seg | T], Acc, R) ->
    {Bs, R1} = filter_bkts(P, tuple_to_list(Seg), [], R),
    filter_segs(P, T, [list_to_tuple(Bs) | Acc], R1);
filter_segs(_, [], Acc, R) -> {lists:reverse(Acc), R}.

%% As in OTP, a filtered bucket is reversed.
filter_bkts(P, [B | T], Acc, R) ->
    Kept = lists:reverse(filter_list(P, B)),
    filter_bkts(P, T, [Kept | Acc], R + length(B) - length(Kept));
filter_bkts(_, [], Acc, R) -> {lists:reverse(Acc), R}.

%%% Two sets

union(S1, S2) when is_map(S1), is_map(S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(fun add_element/2, S2, S1);
        false -> fold(fun add_element/2, S1, S2)
    end.

union([S1, S2 | Ss]) -> union_list(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

union_list(S, [S1 | Ss]) -> union_list(union(S, S1), Ss);
union_list(S, []) -> S.

intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> keep(fun(E) -> is_element(E, S2) end, S1);
        false -> keep(fun(E) -> is_element(E, S1) end, S2)
    end.

intersection([S1, S2 | Ss]) -> intersection_list(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_list(S, [S1 | Ss]) -> intersection_list(intersection(S, S1), Ss);
intersection_list(S, []) -> S.

subtract(S1, S2) -> keep(fun(E) -> not is_element(E, S2) end, S1).

%% filter/2 for intersection/2 and subtract/2. For a version 2 set it gives what OTP's
%% does: when at most a quarter (rounded up) of the elements go, they are removed from
%% the map (the other values stay as they are); otherwise a new map is built.
keep(P, #{} = S) when is_function(P, 1) ->
    {Keep, Drop} = lists:partition(P, maps:keys(S)),
    case length(Drop) =< (map_size(S) + 3) div 4 of
        true -> maps:without(Drop, S);
        false -> maps:from_keys(Keep, [])
    end;
keep(P, S) -> filter(P, S).

is_subset(S1, S2) -> fold(fun(E, Sub) -> Sub andalso is_element(E, S2) end, true, S1).

is_disjoint(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(fun(E, Dis) -> Dis andalso not is_element(E, S2) end, true, S1);
        false -> fold(fun(E, Dis) -> Dis andalso not is_element(E, S1) end, true, S2)
    end.

%%% The hash table (as in dict.erl)

slot(S, E) ->
    H = erlang:phash(E, S#set.maxn),
    case H > S#set.n of
        true -> H - S#set.bso;
        false -> H
    end.

bucket(#set{segs = Segs}, Slot) ->
    I = Slot - 1,
    element(I rem ?SEG_SIZE + 1, element(I div ?SEG_SIZE + 1, Segs)).

set_bucket(#set{segs = Segs} = S, Slot, B) ->
    I = Slot - 1,
    SI = I div ?SEG_SIZE + 1,
    S#set{segs = setelement(SI, Segs, setelement(I rem ?SEG_SIZE + 1, element(SI, Segs), B))}.

grown(#set{size = Sz, exp_size = E} = S) when Sz + 1 > E -> expand(S#set{size = Sz + 1});
grown(#set{size = Sz} = S) -> S#set{size = Sz + 1}.

shrunk_by(#set{size = Sz, con_size = C} = S, R) when Sz - R < C -> contract(S#set{size = Sz - R});
shrunk_by(#set{size = Sz} = S, R) -> S#set{size = Sz - R}.

expand(#set{n = N, maxn = MaxN, bso = Bso, segs = Segs, empty = Empty} = S0) ->
    N1 = N + 1,
    S1 = case N1 > MaxN of
             true ->
                 Extra = lists:duplicate(tuple_size(Segs), Empty),
                 S0#set{maxn = 2 * MaxN, bso = 2 * Bso,
                        segs = list_to_tuple(tuple_to_list(Segs) ++ Extra)};
             false -> S0
         end,
    S2 = S1#set{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    From = N1 - S2#set.bso,
    {Stay, Move} = split_bkt(bucket(S2, From), From, S2#set.maxn, [], []),
    set_bucket(set_bucket(S2, From, Stay), N1, Move).

split_bkt([E | T], From, MaxN, Stay, Move) ->
    case erlang:phash(E, MaxN) of
        From -> split_bkt(T, From, MaxN, [E | Stay], Move);
        _ -> split_bkt(T, From, MaxN, Stay, [E | Move])
    end;
split_bkt([], _, _, Stay, Move) -> {lists:reverse(Stay), lists:reverse(Move)}.

contract(#set{n = N} = S) when N =< ?SEG_SIZE -> S;
contract(#set{n = N, bso = Bso} = S0) ->
    To = N - Bso,
    S1 = set_bucket(set_bucket(S0, To, bucket(S0, To) ++ bucket(S0, N)), N, []),
    N1 = N - 1,
    S2 = S1#set{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    case N1 =:= Bso of
        true ->
            MaxN = S2#set.maxn div 2,
            Segs = list_to_tuple(lists:sublist(tuple_to_list(S2#set.segs), MaxN div ?SEG_SIZE)),
            S2#set{maxn = MaxN, bso = Bso div 2, segs = Segs};
        false -> S2
    end.
