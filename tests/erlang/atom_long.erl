-module(atom_long).
-export([start/0, id/1]).

id(X) -> X.

rep(_, 0) -> [];
rep(C, N) -> [C | rep(C, N - 1)].

start() ->
    A255 = list_to_atom(?MODULE:id(rep($x, 255))),
    L255 = length(atom_to_list(A255)),
    Too = try list_to_atom(?MODULE:id(rep($x, 256))) catch Cl:Rs -> {Cl, Rs} end,
    TooBin = try binary_to_atom(?MODULE:id(list_to_binary(rep($y, 256))), utf8) catch Cl2:Rs2 -> {Cl2, Rs2} end,
    %% 255 characters, each 2 bytes in UTF-8: still allowed (the limit is in characters).
    U255 = try length(atom_to_list(list_to_atom(?MODULE:id(rep(16#3B1, 255))))) catch Cl3:Rs3 -> {Cl3, Rs3} end,
    U256 = try list_to_atom(?MODULE:id(rep(16#3B1, 256))) catch Cl4:Rs4 -> {Cl4, Rs4} end,
    UBin = try byte_size(atom_to_binary(binary_to_atom(?MODULE:id(unicode:characters_to_binary(rep(16#3B1, 255))), utf8), utf8))
           catch Cl5:Rs5 -> {Cl5, Rs5} end,
    E255 = try length(atom_to_list(list_to_atom(?MODULE:id(rep(16#1F600, 255))))) catch Cl6:Rs6 -> {Cl6, Rs6} end,
    Eq = A255 =:= list_to_atom(rep($x, 255)),
    Short = list_to_atom(?MODULE:id(rep($q, 254))),
    {L255, Too, TooBin, U255, U256, UBin, E255, Eq, A255, Short < A255, byte_size(atom_to_binary(A255))}.
