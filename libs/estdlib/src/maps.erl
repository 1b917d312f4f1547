%% The maps module of OTP 25.
%%
%% find/2, from_keys/2, from_list/1, get/2,3, is_key/2, keys/1, merge/2, new/0, put/3,
%% remove/2, size/1, take/2, to_list/1, update/3, values/1, with/2 and without/2 are BIFs
%% of the VM (rust/core/src/bif/maps.rs); the Erlang versions here serve local calls.
%%
%% Iterators: iterator/1 returns [0 | Map] as OTP does; next/1 turns it into the chain
%% {K1, V1, {K2, V2, ... none}} that OTP returns for maps of up to 32 keys (for larger
%% maps OTP's intermediate iterators and its order differ; this one walks the map in the
%% VM's order). Every function taking a map also takes an iterator, as in OTP.
-module(maps).

-export([filter/2, filtermap/2, find/2, fold/3, foreach/2, from_keys/2, from_list/1,
         get/2, get/3, groups_from_list/2, groups_from_list/3, intersect/2,
         intersect_with/3, is_key/2, iterator/1, keys/1, map/2, merge/2, merge_with/3,
         new/0, next/1, put/3, remove/2, size/1, take/2, to_list/1, update/3,
         update_with/3, update_with/4, values/1, with/2, without/2]).

-compile({no_auto_import, [size/1]}).

%%% BIFs (Erlang versions for local calls)

new() -> #{}.

get(K, M) when is_map(M) ->
    case M of
        #{K := V} -> V;
        #{} -> erlang:error({badkey, K}, [K, M])
    end;
get(K, M) -> erlang:error({badmap, M}, [K, M]).

get(K, M, Default) when is_map(M) ->
    case M of
        #{K := V} -> V;
        #{} -> Default
    end;
get(K, M, Default) -> erlang:error({badmap, M}, [K, M, Default]).

find(K, M) when is_map(M) ->
    case M of
        #{K := V} -> {ok, V};
        #{} -> error
    end;
find(K, M) -> erlang:error({badmap, M}, [K, M]).

is_key(K, M) when is_map(M) -> is_map_key(K, M);
is_key(K, M) -> erlang:error({badmap, M}, [K, M]).

put(K, V, M) when is_map(M) -> M#{K => V};
put(K, V, M) -> erlang:error({badmap, M}, [K, V, M]).

update(K, V, M) when is_map(M) ->
    case M of
        #{K := _} -> M#{K := V};
        #{} -> erlang:error({badkey, K}, [K, V, M])
    end;
update(K, V, M) -> erlang:error({badmap, M}, [K, V, M]).

remove(K, M) when is_map(M) ->
    case M of
        #{K := _} -> maps:remove(K, M);
        #{} -> M
    end;
remove(K, M) -> erlang:error({badmap, M}, [K, M]).

take(K, M) when is_map(M) ->
    case M of
        #{K := V} -> {V, maps:remove(K, M)};
        #{} -> error
    end;
take(K, M) -> erlang:error({badmap, M}, [K, M]).

size(M) when is_map(M) -> map_size(M);
size(M) -> erlang:error({badmap, M}, [M]).

to_list(M) when is_map(M) -> maps:to_list(M);
to_list(M) -> erlang:error({badmap, M}, [M]).

from_list(L) -> maps:from_list(L).

from_keys(Keys, V) -> maps:from_keys(Keys, V).

keys(M) when is_map(M) -> [K || {K, _} <- to_list(M)];
keys(M) -> erlang:error({badmap, M}, [M]).

values(M) when is_map(M) -> [V || {_, V} <- to_list(M)];
values(M) -> erlang:error({badmap, M}, [M]).

merge(M1, M2) -> maps:merge(M1, M2).

with(Ks, M) -> maps:with(Ks, M).

without(Ks, M) -> maps:without(Ks, M).

%%% Iterators

iterator(M) when is_map(M) -> [0 | M];
iterator(M) -> erlang:error({badmap, M}, [M]).

next({K, V, I}) -> {K, V, I};
next(none) -> none;
next([0 | M]) when is_map(M) -> chain(lists:reverse(to_list(M)), none);
next(I) -> erlang:error(badarg, [I]).

chain([{K, V} | T], Acc) -> chain(T, {K, V, Acc});
chain([], Acc) -> Acc.

%% What the higher-order functions walk: a map's pairs as a list, or an iterator
%% ({K, V, I} or none) that is walked lazily, as OTP does. Anything else: badmap.
source(M, _) when is_map(M) -> to_list(M);
source([0 | M], _) when is_map(M) -> to_list(M);
source({_, _, _} = I, _) -> I;
source(none, _) -> none;
source(X, Args) -> erlang:error({badmap, X}, Args).

step([{K, V} | T]) -> {K, V, T};
step([]) -> none;
step(I) -> next(I).

%%% Higher-order functions

fold(F, Acc, MI) when is_function(F, 3) -> fold_1(F, Acc, step(source(MI, [F, Acc, MI])));
fold(F, Acc, MI) -> erlang:error(badarg, [F, Acc, MI]).

fold_1(F, Acc, {K, V, S}) -> fold_1(F, F(K, V, Acc), step(S));
fold_1(_, Acc, none) -> Acc.

map(F, MI) when is_function(F, 2) -> maps:from_list(map_1(F, step(source(MI, [F, MI]))));
map(F, MI) -> erlang:error(badarg, [F, MI]).

map_1(F, {K, V, S}) -> [{K, F(K, V)} | map_1(F, step(S))];
map_1(_, none) -> [].

filter(Pred, MI) when is_function(Pred, 2) ->
    maps:from_list(filter_1(Pred, step(source(MI, [Pred, MI]))));
filter(Pred, MI) -> erlang:error(badarg, [Pred, MI]).

filter_1(Pred, {K, V, S}) ->
    case Pred(K, V) of
        true -> [{K, V} | filter_1(Pred, step(S))];
        false -> filter_1(Pred, step(S))
    end;
filter_1(_, none) -> [].

filtermap(F, MI) when is_function(F, 2) ->
    maps:from_list(filtermap_1(F, step(source(MI, [F, MI]))));
filtermap(F, MI) -> erlang:error(badarg, [F, MI]).

filtermap_1(F, {K, V, S}) ->
    case F(K, V) of
        true -> [{K, V} | filtermap_1(F, step(S))];
        {true, V1} -> [{K, V1} | filtermap_1(F, step(S))];
        false -> filtermap_1(F, step(S))
    end;
filtermap_1(_, none) -> [].

foreach(F, MI) when is_function(F, 2) -> foreach_1(F, step(source(MI, [F, MI])));
foreach(F, MI) -> erlang:error(badarg, [F, MI]).

foreach_1(F, {K, V, S}) ->
    F(K, V),
    foreach_1(F, step(S));
foreach_1(_, none) -> ok.

%%% Combining maps

merge_with(F, M1, M2) when is_function(F, 3), is_map(M1), is_map(M2) ->
    merge_with_1(F, M1, to_list(M2));
merge_with(F, M1, M2) when is_function(F, 3) ->
    erlang:error({badmap, first_nonmap(M1, M2)}, [F, M1, M2]);
merge_with(F, M1, M2) -> erlang:error(badarg, [F, M1, M2]).

merge_with_1(F, Acc, [{K, V2} | T]) ->
    case Acc of
        #{K := V1} -> merge_with_1(F, Acc#{K := F(K, V1, V2)}, T);
        #{} -> merge_with_1(F, Acc#{K => V2}, T)
    end;
merge_with_1(_, Acc, []) -> Acc.

first_nonmap(M1, _) when not is_map(M1) -> M1;
first_nonmap(_, M2) -> M2.

intersect(M1, M2) when is_map(M1), is_map(M2) -> maps:with(keys(M1), M2);
intersect(M1, M2) -> erlang:error({badmap, first_nonmap(M1, M2)}, [M1, M2]).

intersect_with(F, M1, M2) when is_function(F, 3), is_map(M1), is_map(M2) ->
    maps:from_list([{K, F(K, V1, map_get(K, M2))} || {K, V1} <- to_list(M1),
                                                     is_map_key(K, M2)]);
intersect_with(F, M1, M2) when is_function(F, 3) ->
    erlang:error({badmap, first_nonmap(M1, M2)}, [F, M1, M2]);
intersect_with(F, M1, M2) -> erlang:error(badarg, [F, M1, M2]).

update_with(K, F, M) when is_map(M), is_function(F, 1) ->
    case M of
        #{K := V} -> M#{K := F(V)};
        #{} -> erlang:error({badkey, K}, [K, F, M])
    end;
update_with(K, F, M) when is_map(M) -> erlang:error(badarg, [K, F, M]);
update_with(K, F, M) -> erlang:error({badmap, M}, [K, F, M]).

update_with(K, F, Init, M) when is_map(M), is_function(F, 1) ->
    case M of
        #{K := V} -> M#{K := F(V)};
        #{} -> M#{K => Init}
    end;
update_with(K, F, Init, M) when is_map(M) -> erlang:error(badarg, [K, F, Init, M]);
update_with(K, F, Init, M) -> erlang:error({badmap, M}, [K, F, Init, M]).

groups_from_list(KeyF, List) when is_function(KeyF, 1) ->
    case proper(List) of
        true -> groups(fun(X) -> {KeyF(X), X} end, List, #{});
        false -> erlang:error(badarg, [KeyF, List])
    end;
groups_from_list(KeyF, List) -> erlang:error(badarg, [KeyF, List]).

groups_from_list(KeyF, ValF, List) when is_function(KeyF, 1), is_function(ValF, 1) ->
    case proper(List) of
        true -> groups(fun(X) -> {KeyF(X), ValF(X)} end, List, #{});
        false -> erlang:error(badarg, [KeyF, ValF, List])
    end;
groups_from_list(KeyF, ValF, List) -> erlang:error(badarg, [KeyF, ValF, List]).

proper([_ | T]) -> proper(T);
proper([]) -> true;
proper(_) -> false.

groups(F, [X | T], Acc) ->
    {K, V} = F(X),
    case Acc of
        #{K := Vs} -> groups(F, T, Acc#{K := [V | Vs]});
        #{} -> groups(F, T, Acc#{K => [V]})
    end;
groups(_, [], Acc) ->
    maps:from_list([{K, lists:reverse(Vs)} || {K, Vs} <- to_list(Acc)]).
