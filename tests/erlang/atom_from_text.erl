-module(atom_from_text).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

start() ->
    FromList = [list_to_atom(?MODULE:id(L)) || L <- ["abc", "Abc", "", "hello world", "a-b", [233], [16#3B1],
                                                    "true", "[]", "1"]],
    FromBin = [binary_to_atom(?MODULE:id(B), utf8) || B <- [<<"abc">>, <<"é"/utf8>>, <<"αβ"/utf8>>, <<>>, <<"X">>]],
    FromBinDefault = [binary_to_atom(?MODULE:id(B)) || B <- [<<"abc">>, <<"é"/utf8>>]],
    FromLatin1 = [binary_to_atom(?MODULE:id(B), latin1) || B <- [<<"abc">>, <<233>>, <<255>>]],
    Same = [list_to_atom(?MODULE:id("é")) =:= binary_to_atom(?MODULE:id(<<195, 169>>), utf8),
            binary_to_atom(?MODULE:id(<<233>>), latin1) =:= 'é',
            list_to_atom(?MODULE:id([16#3B1])) =:= binary_to_atom(<<16#3B1/utf8>>, utf8),
            list_to_atom(?MODULE:id("ok")) =:= ok],
    Bad = [t(fun() -> list_to_atom(?MODULE:id(X)) end) || X <- [[-1], [16#110000], [a], [$a | b], abc, <<"abc">>, 1]],
    BadBin = [t(fun() -> binary_to_atom(?MODULE:id(X), utf8) end) || X <- [<<255>>, <<195>>, <<16#ED, 16#A0, 16#80>>, "abc", abc]],
    BadEnc = t(fun() -> binary_to_atom(?MODULE:id(<<"a">>), ?MODULE:id(utf16)) end),
    Existing = [t(fun() -> list_to_existing_atom(?MODULE:id(X)) end) || X <- ["ok", "start", "atom_from_text",
                "this_atom_surely_does_not_exist_xyzzy_12345", "another_missing_atom_qwerty_98765"]],
    ExistingBin = [t(fun() -> binary_to_existing_atom(?MODULE:id(X), utf8) end)
                   || X <- [<<"error">>, <<"no_such_atom_in_the_vm_plugh_4242">>]],
    ExistingBin1 = [t(fun() -> binary_to_existing_atom(?MODULE:id(X)) end)
                   || X <- [<<"true">>, <<"no_such_atom_in_the_vm_plover_4243">>]],
    {FromList, FromBin, FromBinDefault, FromLatin1, Same, Bad, BadBin, BadEnc, Existing, ExistingBin, ExistingBin1}.
