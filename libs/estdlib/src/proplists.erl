%% The proplists module of OTP 25: property lists.
%%
%% A property is an atom A (short for {A, true}) or a tuple whose first element is its key;
%% other terms in a property list are ignored. Keys are matched exactly (=:=).
-module(proplists).

-export([append_values/2, compact/1, delete/2, expand/2, from_map/1, get_all_values/2,
         get_bool/2, get_keys/1, get_value/2, get_value/3, is_defined/2, lookup/2,
         lookup_all/2, normalize/2, property/1, property/2, split/2, substitute_aliases/2,
         substitute_negations/2, to_map/1, to_map/2, unfold/1]).

property({Key, true}) when is_atom(Key) -> Key;
property(P) -> P.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) ->
    if
        is_atom(P) -> [{P, true} | unfold(Ps)];
        true -> [P | unfold(Ps)]
    end;
unfold([]) -> [].

compact(List) -> [property(P) || P <- List].

lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_, []) -> [].

is_defined(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        true -> is_defined(Key, Ps)
    end;
is_defined(_, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_, [], Default) -> Default.

get_all_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end;
        true -> get_all_values(Key, Ps)
    end;
get_all_values(_, []) -> [].

append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {_, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end;
        true -> append_values(Key, Ps)
    end;
append_values(_, []) -> [].

get_bool(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> true;
                _ -> false
            end;
        true -> get_bool(Key, Ps)
    end;
get_bool(_, []) -> false.

%% The keys in the order of a (version 1) set of them, as OTP's.
get_keys(Ps) -> sets:to_list(get_keys(Ps, sets:new())).

get_keys([P | Ps], Keys) ->
    if
        is_atom(P) -> get_keys(Ps, sets:add_element(P, Keys));
        tuple_size(P) >= 1 -> get_keys(Ps, sets:add_element(element(1, P), Keys));
        true -> get_keys(Ps, Keys)
    end;
get_keys([], Keys) -> Keys.

delete(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> delete(Key, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        true -> [P | delete(Key, Ps)]
    end;
delete(_, []) -> [].

%% substitute_aliases([{K1, K2}], L): properties with key K1 get key K2.
substitute_aliases(As, Props) -> [substitute_aliases_1(As, P) || P <- Props].

substitute_aliases_1([{Key, Key1} | As], P) ->
    if
        is_atom(P), P =:= Key -> property(Key1, true);
        tuple_size(P) >= 1, element(1, P) =:= Key -> property(setelement(1, P, Key1));
        true -> substitute_aliases_1(As, P)
    end;
substitute_aliases_1([], P) -> P.

%% substitute_negations([{K1, K2}], L): K1 becomes {K2, false}, {K1, false} becomes K2,
%% any other {K1, V} becomes K2 unless V is true ({K2, false} then).
substitute_negations(As, Props) -> [substitute_negations_1(As, P) || P <- Props].

substitute_negations_1([{Key, Key1} | As], P) ->
    if
        is_atom(P), P =:= Key -> property(Key1, false);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> property(Key1, false);
                {_, false} -> property(Key1, true);
                _ -> property(Key1, true)
            end;
        true -> substitute_negations_1(As, P)
    end;
substitute_negations_1([], P) -> P.

%% expand([{Property, Expansion}], L): the first property of L with the key of Property,
%% if it is Property (in normal form), is replaced by the terms of Expansion and the later
%% properties with that key are dropped. As in OTP, the result is then flattened one
%% level: every list in it (an expansion, or a list that was in L) is spliced in.
expand(Es, Ps) when is_list(Ps) ->
    Es1 = [{key_of(P), property(P), E} || {P, E} <- Es],
    splice(expand_1(Es1, Ps)).

splice([P | Ps]) when is_list(P) -> P ++ splice(Ps);
splice([P | Ps]) -> [P | splice(Ps)];
splice([]) -> [].

key_of(P) when is_atom(P) -> P;
key_of(P) when tuple_size(P) >= 1 -> element(1, P);
key_of(P) -> P.

expand_1([{Key, P1, Exp} | Es], Ps) -> expand_1(Es, expand_2(Key, P1, Exp, Ps));
expand_1([], Ps) -> Ps.

%% An expansion goes in as one list element, which later expansions pass over.
expand_2(Key, P1, Exp, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> expand_3(Key, P1, Exp, P, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> expand_3(Key, P1, Exp, P, Ps);
        true -> [P | expand_2(Key, P1, Exp, Ps)]
    end;
expand_2(_, _, _, []) -> [].

expand_3(Key, P1, Exp, P, Ps) ->
    case property(P) of
        P1 -> [Exp | delete(Key, Ps)];
        _ -> [P | Ps]
    end.

normalize(L, Stages) -> compact(apply_stages(L, Stages)).

apply_stages(L, [{aliases, As} | Xs]) -> apply_stages(substitute_aliases(As, L), Xs);
apply_stages(L, [{expand, Es} | Xs]) -> apply_stages(expand(Es, L), Xs);
apply_stages(L, [{negations, Ns} | Xs]) -> apply_stages(substitute_negations(Ns, L), Xs);
apply_stages(L, []) -> L.

split(List, Keys) ->
    {Store, Rest} = split_1(List, maps:from_list([{K, []} || K <- Keys]), []),
    {[lists:reverse(maps:get(K, Store)) || K <- Keys], lists:reverse(Rest)}.

split_1([P | Ps], Store, Rest) ->
    case key(P) of
        {ok, Key} when is_map_key(Key, Store) ->
            split_1(Ps, Store#{Key := [P | map_get(Key, Store)]}, Rest);
        _ -> split_1(Ps, Store, [P | Rest])
    end;
split_1([], Store, Rest) -> {Store, Rest}.

key(P) when is_atom(P) -> {ok, P};
key(P) when tuple_size(P) >= 1 -> {ok, element(1, P)};
key(_) -> none.

%% The first property with a key decides: {K, V} and K (an atom) put K => V (true); a
%% tuple of another size leaves K out.
to_map(List) ->
    lists:foldr(fun({K, V}, M) -> M#{K => V};
                   (K, M) when is_atom(K) -> M#{K => true};
                   (P, M) when tuple_size(P) >= 1 -> maps:remove(element(1, P), M);
                   (_, M) -> M
                end, #{}, List).

to_map(List, Stages) -> to_map(apply_stages(List, Stages)).

from_map(Map) -> maps:to_list(Map).
