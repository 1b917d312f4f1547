-module(hash_make_ref).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

all_distinct([]) -> true;
all_distinct([H | T]) -> not lists:member(H, T) andalso all_distinct(T).

start() ->
    Refs = [make_ref() || _ <- seq(1, ?MODULE:id(300))],
    R1 = make_ref(),
    R2 = make_ref(),
    Copy = ?MODULE:id(R1),
    Via = binary_to_term(term_to_binary(R1)),
    Tagged = [{R, I} || {R, I} <- [{R1, 1}, {R2, 2}]],
    {all_distinct(Refs), is_reference(R1), R1 =:= Copy, R1 =/= R2, R1 == Via, R1 < R2 orelse R1 > R2,
     lists:keyfind(R2, 1, Tagged) =:= {R2, 2}, lists:member(R1, Refs),
     erlang:phash2(R1) =:= erlang:phash2(Copy), is_list(ref_to_list(R1)),
     length(Refs), [is_reference(R) || R <- [R1, self(), a]]}.
