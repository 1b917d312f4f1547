-module(big_compare).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Vals = [?MODULE:id(V) || V <- [-(1 bsl 200), -(1 bsl 64), -(1 bsl 64) + 1, -(1 bsl 63),
            -576460752303423489, -576460752303423488, -1, 0, 1, 576460752303423487,
            576460752303423488, (1 bsl 63) - 1, 1 bsl 63, (1 bsl 64) - 1, 1 bsl 64,
            (1 bsl 64) + 1, 1 bsl 65, 1 bsl 200]],
    Lt = [[bool(X < Y) || Y <- Vals] || X <- Vals],
    Eq = [[bool(X == Y) || Y <- Vals] || X <- Vals],
    Sorted = msort(rev(Vals)) =:= Vals,
    Same = [?MODULE:id(1 bsl 100) =:= (1 bsl 99) * 2, ?MODULE:id(1 bsl 100) == (1 bsl 100) + 0,
            ?MODULE:id(1 bsl 100) =/= (1 bsl 100) + 1, ?MODULE:id(-(1 bsl 100)) < -(1 bsl 99)],
    MinMax = [min(?MODULE:id(1 bsl 70), 1 bsl 69), max(?MODULE:id(-(1 bsl 70)), -(1 bsl 71)),
              max(?MODULE:id(1 bsl 64), 5), min(?MODULE:id(-(1 bsl 64)), 5)],
    {Lt, Eq, Sorted, Same, MinMax}.

bool(true) -> 1;
bool(false) -> 0.

rev(L) -> lists:reverse(L).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = split(L, [], []),
    merge(msort(A), msort(B)).

split([], A, B) -> {A, B};
split([H | T], A, B) -> split(T, B, [H | A]).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | B]) when X =< Y -> [X | merge(A, [Y | B])];
merge(A, [Y | B]) -> [Y | merge(A, B)].
