-module(atom_misc).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Bools = [is_boolean(?MODULE:id(X)) || X <- [true, false, 'true', 'TRUE', nil, 1]],
    AsKeys = maps:get(?MODULE:id(list_to_atom("key")), #{key => found}),
    InTuple = element(2, ?MODULE:id({a, list_to_atom("b")})) =:= b,
    Quoted = ['hello world' =:= list_to_atom(?MODULE:id("hello world")), 'A' =:= list_to_atom(?MODULE:id([65]))],
    Sizes = [byte_size(atom_to_binary(?MODULE:id(A), utf8)) || A <- ['', a, 'é', list_to_atom([16#20AC])]],
    Concat = list_to_atom(atom_to_list(?MODULE:id(foo)) ++ "_" ++ atom_to_list(?MODULE:id(bar))),
    FromInt = list_to_atom(integer_to_list(?MODULE:id(42))),
    Match = case ?MODULE:id(list_to_atom("ok")) of ok -> matched; _ -> not_matched end,
    Apply = apply(?MODULE, list_to_atom(?MODULE:id("id")), [applied]),
    BinAtom = binary_to_atom(<<(?MODULE:id(<<"dyn">>))/binary, "amic">>, utf8),
    {Bools, AsKeys, InTuple, Quoted, Sizes, Concat, FromInt, Match, Apply, BinAtom}.
