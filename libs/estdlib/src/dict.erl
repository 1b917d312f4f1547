%% The dict module of OTP 25: key-value dictionaries as linear hash tables.
%%
%% The representation is OTP's, so dictionaries can be exchanged with OTP nodes and
%% iterate in OTP's order: {dict, Size, N, MaxN, BSO, ExpSize, ConSize, Empty, Segs}.
%% Keys are hashed with erlang:phash(Key, MaxN) into N active slots (a slot above N
%% folds back by BSO = MaxN div 2); slots live in segments of 16 buckets; a bucket is a
%% list of [Key | Value] cells, new keys at its end. The table grows by one slot (and
%% MaxN doubles when N reaches it) when Size exceeds 5 * N, and shrinks by one slot when
%% Size falls below 3 * N (never below 16 slots).
-module(dict).

-export([append/3, append_list/3, erase/2, fetch/2, fetch_keys/1, filter/2, find/2,
         fold/3, from_list/1, is_empty/1, is_key/2, map/2, merge/3, new/0, size/1,
         store/3, take/2, to_list/1, update/3, update/4, update_counter/3]).

-compile({no_auto_import, [size/1]}).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(dict, {size = 0, n = ?SEG_SIZE, maxn = ?SEG_SIZE, bso = ?SEG_SIZE div 2,
               exp_size = ?SEG_SIZE * ?EXPAND_LOAD, con_size = ?SEG_SIZE * ?CONTRACT_LOAD,
               empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #dict{empty = Empty, segs = {Empty}}.

is_empty(#dict{size = N}) -> N =:= 0.

size(#dict{size = N}) -> N.

%%% Lookup

is_key(Key, D) -> find_cell(Key, bucket(D, slot(D, Key))) =/= false.

find(Key, D) ->
    case find_cell(Key, bucket(D, slot(D, Key))) of
        [_ | V] -> {ok, V};
        false -> error
    end.

fetch(Key, D) ->
    case find_cell(Key, bucket(D, slot(D, Key))) of
        [_ | V] -> V;
        false -> erlang:error(badarg, [Key, D])
    end.

find_cell(K, [[K | _] = C | _]) -> C;
find_cell(K, [_ | T]) -> find_cell(K, T);
find_cell(_, []) -> false.

fetch_keys(D) -> fold(fun(K, _, Acc) -> [K | Acc] end, [], D).

to_list(D) -> fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D).

from_list(L) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), L).

%%% Updates. Each bucket operation returns the new bucket and how the size changed.

store(Key, Value, D) ->
    Slot = slot(D, Key),
    {B, Added} = store_bkt(Key, Value, bucket(D, Slot)),
    grown(set_bucket(D, Slot, B), Added).

store_bkt(K, V, [[K | _] | T]) -> {[[K | V] | T], 0};
store_bkt(K, V, [C | T]) ->
    {T1, A} = store_bkt(K, V, T),
    {[C | T1], A};
store_bkt(K, V, []) -> {[[K | V]], 1}.

append(Key, Value, D) -> update_or_add(Key, fun(Old) -> Old ++ [Value] end, [Value], D).

append_list(Key, Values, D) -> update_or_add(Key, fun(Old) -> Old ++ Values end, Values, D).

update(Key, F, D) ->
    Slot = slot(D, Key),
    case update_bkt(Key, F, bucket(D, Slot)) of
        false -> erlang:error(badarg, [Key, F, D]);
        B -> set_bucket(D, Slot, B)
    end.

update_bkt(K, F, [[K | V] | T]) -> [[K | F(V)] | T];
update_bkt(K, F, [C | T]) ->
    case update_bkt(K, F, T) of
        false -> false;
        T1 -> [C | T1]
    end;
update_bkt(_, _, []) -> false.

update(Key, F, Init, D) -> update_or_add(Key, F, Init, D).

update_counter(Key, Inc, D) when is_number(Inc) ->
    update_or_add(Key, fun(Old) -> Old + Inc end, Inc, D).

update_or_add(Key, F, Init, D) ->
    Slot = slot(D, Key),
    {B, Added} = update_or_add_bkt(Key, F, Init, bucket(D, Slot)),
    grown(set_bucket(D, Slot, B), Added).

update_or_add_bkt(K, F, _, [[K | V] | T]) -> {[[K | F(V)] | T], 0};
update_or_add_bkt(K, F, I, [C | T]) ->
    {T1, A} = update_or_add_bkt(K, F, I, T),
    {[C | T1], A};
update_or_add_bkt(K, _, I, []) -> {[[K | I]], 1}.

erase(Key, D) ->
    Slot = slot(D, Key),
    case erase_bkt(Key, bucket(D, Slot)) of
        %% As in OTP, the table may shrink even when the key was not there (after
        %% filter/2 the size can be well below the contraction threshold).
        false -> shrunk_by(D, 0);
        {_, B} -> shrunk(set_bucket(D, Slot, B))
    end.

take(Key, D) ->
    Slot = slot(D, Key),
    case erase_bkt(Key, bucket(D, Slot)) of
        false -> error;
        {V, B} -> {V, shrunk(set_bucket(D, Slot, B))}
    end.

erase_bkt(K, [[K | V] | T]) -> {V, T};
erase_bkt(K, [C | T]) ->
    case erase_bkt(K, T) of
        false -> false;
        {V, T1} -> {V, [C | T1]}
    end;
erase_bkt(_, []) -> false.

%%% Whole-dictionary functions

fold(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_segs(F, Acc, Segs, I) when I >= 1 ->
    fold_segs(F, fold_seg(F, Acc, element(I, Segs), ?SEG_SIZE), Segs, I - 1);
fold_segs(_, Acc, _, 0) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, fold_bkt(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, 0) -> Acc.

fold_bkt(F, Acc, [[K | V] | T]) -> fold_bkt(F, F(K, V, Acc), T);
fold_bkt(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, D) ->
    Segs = D#dict.segs,
    D#dict{segs = map_tuple(fun(Seg) -> map_tuple(fun(B) -> map_bkt(F, B) end, Seg) end, Segs)}.

map_bkt(F, [[K | V] | T]) -> [[K | F(K, V)] | map_bkt(F, T)];
map_bkt(F, []) when is_function(F, 2) -> [].

filter(F, D) ->
    Segs = D#dict.segs,
    {Segs1, Removed} = filter_segs(F, tuple_to_list(Segs), [], 0),
    shrunk_by(D#dict{segs = list_to_tuple(Segs1)}, Removed).

filter_segs(F, [Seg | T], Acc, R) ->
    {Bs, R1} = filter_bkts(F, tuple_to_list(Seg), [], R),
    filter_segs(F, T, [list_to_tuple(Bs) | Acc], R1);
filter_segs(_, [], Acc, R) -> {lists:reverse(Acc), R}.

filter_bkts(F, [B | T], Acc, R) ->
    {B1, R1} = filter_bkt(F, B, [], R),
    filter_bkts(F, T, [B1 | Acc], R1);
filter_bkts(_, [], Acc, R) -> {lists:reverse(Acc), R}.

filter_bkt(F, [[K | V] = C | T], Acc, R) ->
    case F(K, V) of
        true -> filter_bkt(F, T, [C | Acc], R);
        false -> filter_bkt(F, T, Acc, R + 1)
    end;
filter_bkt(F, [], Acc, R) when is_function(F, 2) -> {lists:reverse(Acc), R}.

merge(F, D1, D2) ->
    S2 = D2#dict.size,
    S1 = D1#dict.size,
    case S1 < S2 of
        true ->
            fold(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
        false ->
            fold(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end, D1, D2)
    end.

%%% The hash table

slot(D, Key) ->
    H = erlang:phash(Key, D#dict.maxn),
    case H > D#dict.n of
        true -> H - D#dict.bso;
        false -> H
    end.

bucket(#dict{segs = Segs}, Slot) ->
    I = Slot - 1,
    element(I rem ?SEG_SIZE + 1, element(I div ?SEG_SIZE + 1, Segs)).

set_bucket(#dict{segs = Segs} = D, Slot, B) ->
    I = Slot - 1,
    SI = I div ?SEG_SIZE + 1,
    D#dict{segs = setelement(SI, Segs, setelement(I rem ?SEG_SIZE + 1, element(SI, Segs), B))}.

map_tuple(F, T) -> list_to_tuple([F(E) || E <- tuple_to_list(T)]).

%% After a store: one more key (Added = 1) may make the table grow by a slot.
grown(D, 0) -> D;
grown(#dict{size = S, exp_size = E} = D, 1) when S + 1 > E -> expand(D#dict{size = S + 1});
grown(#dict{size = S} = D, 1) -> D#dict{size = S + 1}.

%% After an erase: one key less may make it shrink by a slot.
shrunk(D) -> shrunk_by(D, 1).

shrunk_by(#dict{size = S, con_size = C} = D, R) when S - R < C -> contract(D#dict{size = S - R});
shrunk_by(#dict{size = S} = D, R) -> D#dict{size = S - R}.

expand(#dict{n = N, maxn = MaxN, bso = Bso, segs = Segs, empty = Empty} = D0) ->
    N1 = N + 1,
    D1 = case N1 > MaxN of
             true ->
                 Extra = lists:duplicate(tuple_size(Segs), Empty),
                 D0#dict{maxn = 2 * MaxN, bso = 2 * Bso,
                         segs = list_to_tuple(tuple_to_list(Segs) ++ Extra)};
             false -> D0
         end,
    D2 = D1#dict{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    From = N1 - D2#dict.bso,
    {Stay, Move} = split_bkt(bucket(D2, From), From, D2#dict.maxn, [], []),
    set_bucket(set_bucket(D2, From, Stay), N1, Move).

split_bkt([[K | _] = C | T], From, MaxN, Stay, Move) ->
    case erlang:phash(K, MaxN) of
        From -> split_bkt(T, From, MaxN, [C | Stay], Move);
        _ -> split_bkt(T, From, MaxN, Stay, [C | Move])
    end;
split_bkt([], _, _, Stay, Move) -> {lists:reverse(Stay), lists:reverse(Move)}.

contract(#dict{n = N} = D) when N =< ?SEG_SIZE -> D;
contract(#dict{n = N, bso = Bso} = D0) ->
    To = N - Bso,
    D1 = set_bucket(set_bucket(D0, To, bucket(D0, To) ++ bucket(D0, N)), N, []),
    N1 = N - 1,
    D2 = D1#dict{n = N1, exp_size = N1 * ?EXPAND_LOAD, con_size = N1 * ?CONTRACT_LOAD},
    case N1 =:= Bso of
        true ->
            MaxN = D2#dict.maxn div 2,
            Segs = list_to_tuple(lists:sublist(tuple_to_list(D2#dict.segs), MaxN div ?SEG_SIZE)),
            D2#dict{maxn = MaxN, bso = Bso div 2, segs = Segs};
        false -> D2
    end.
