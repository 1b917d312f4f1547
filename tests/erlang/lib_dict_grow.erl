-module(lib_dict_grow).
-export([start/0, id/1]).

id(X) -> X.

%% The hash table grows and shrinks as OTP's: the whole representation is compared.
start() ->
    Keys = [K || N <- lists:seq(1, 300), K <- [N, {N}, integer_to_list(N)]],
    Steps = grow(dict:new(), ?MODULE:id(Keys), []),
    Full = dict:from_list([{K, K} || K <- Keys]),
    Shrink = shrink(Full, Keys, []),
    F = dict:filter(fun(K, _) -> is_integer(K) end, Full),
    {Steps, Shrink, erlang:phash2(Full), dict:size(Full), setelement(9, Full, segs),
     erlang:phash2(dict:to_list(Full)), setelement(9, F, segs), erlang:phash2(F),
     erlang:phash2(dict:erase(nokey, F)), erlang:phash2(dict:map(fun(_, V) -> [V] end, F)),
     dict:fold(fun(K, _, A) -> A + erlang:phash2(K, 1000) end, 0, Full),
     [erlang:phash(K, 64) || K <- lists:sublist(Keys, 30)]}.

grow(D, [K | Ks], Acc) ->
    D1 = dict:store(K, K, D),
    Acc1 = case dict:size(D1) rem 37 of 0 -> [erlang:phash2(D1) | Acc]; _ -> Acc end,
    grow(D1, Ks, Acc1);
grow(D, [], Acc) -> {lists:reverse(Acc), erlang:phash2(D)}.

shrink(D, [K | Ks], Acc) ->
    D1 = dict:erase(K, D),
    Acc1 = case dict:size(D1) rem 41 of 0 -> [{dict:size(D1), element(3, D1), erlang:phash2(D1)} | Acc]; _ -> Acc end,
    shrink(D1, Ks, Acc1);
shrink(D, [], Acc) -> {lists:reverse(Acc), D}.
