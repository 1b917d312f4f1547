-module(atom_to_text).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Atoms = [?MODULE:id(A) || A <- [a, abc, 'Hello', 'hello world', '', '[]', '{}', 'a.b', 'a@b',
             true, false, undefined, nil, ok, 'é', 'ñandú', '\n', '\'', '\\', 'with"quote', '123']],
    Lists = [atom_to_list(A) || A <- Atoms],
    Utf8 = [atom_to_binary(A, utf8) || A <- Atoms],
    Latin1 = [atom_to_binary(A, latin1) || A <- Atoms],
    Default = [atom_to_binary(A) || A <- Atoms],
    Uni = [list_to_atom(?MODULE:id(L)) || L <- [[16#3B1, 16#3B2], [16#1F600], [$a, 16#4E2D]]],
    UniText = [{atom_to_list(A), atom_to_binary(A, utf8), atom_to_binary(A)} || A <- Uni],
    UniLatin1 = [try atom_to_binary(A, latin1) catch Cl:Rs -> {Cl, Rs} end || A <- Uni],
    Bad = [try atom_to_list(?MODULE:id(X)) catch Cl:Rs -> {Cl, Rs} end || X <- ["a", 1, <<"a">>]],
    BadB = [try atom_to_binary(?MODULE:id(X), utf8) catch Cl:Rs -> {Cl, Rs} end || X <- ["a", 1]],
    Lens = [length(atom_to_list(A)) || A <- Atoms],
    {Lists, Utf8, Latin1, Default =:= Utf8, UniText, UniLatin1, Bad, BadB, Lens}.
