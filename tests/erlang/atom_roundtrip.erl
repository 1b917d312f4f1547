-module(atom_roundtrip).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Names = [[$a | integer_to_list(I)] || I <- seq(?MODULE:id(1), 300)],
    Atoms = [list_to_atom(N) || N <- Names],
    Again = [list_to_atom(N) || N <- Names],
    Same = Atoms =:= Again,
    Back = [atom_to_list(A) || A <- Atoms] =:= Names,
    ViaBin = [binary_to_atom(atom_to_binary(A, utf8), utf8) || A <- Atoms] =:= Atoms,
    Existing = [list_to_existing_atom(N) || N <- Names] =:= Atoms,
    Sorted = is_sorted([list_to_atom([$a | pad(integer_to_list(I))]) || I <- seq(1, 300)]),
    Keys = lists:keyfind(list_to_atom(?MODULE:id("a150")), 1, [{A, I} || {A, I} <- zip(Atoms, seq(1, 300))]),
    Member = lists:member(?MODULE:id(a299), Atoms),
    Chars = [list_to_atom(?MODULE:id([C])) || C <- [$a, $Z, $0, $_, $@, 16#E9, 16#3A9, 16#1F4A9]],
    CharsBack = [atom_to_list(A) || A <- Chars],
    {Same, Back, ViaBin, Existing, Sorted, Keys, Member, length(Atoms), lists:reverse(Atoms) =/= Atoms,
     CharsBack, [atom_to_binary(A) || A <- Chars]}.

pad(S) when length(S) < 3 -> pad([$0 | S]);
pad(S) -> S.

is_sorted([A, B | T]) -> A < B andalso is_sorted([B | T]);
is_sorted(_) -> true.

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].
