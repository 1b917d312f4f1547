-module(cmp_min_max).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Pairs = [{1, 2}, {2, 1}, {1, 1.0}, {1.0, 1}, {a, 1}, {a, b}, {"abc", abc}, {{}, []},
             {[], <<>>}, {0.0, -0.0}, {-0.0, 0.0}, {1 bsl 70, 1.0e30}, {{1}, {1.0}}, {[1], [1.0]},
             {#{}, {}}, {<<1>>, <<1:1>>}, {-1, -1.0}],
    Min = [min(?MODULE:id(A), B) || {A, B} <- Pairs],
    Max = [max(?MODULE:id(A), B) || {A, B} <- Pairs],
    EMin = [erlang:min(?MODULE:id(A), B) || {A, B} <- Pairs],
    Fold = {fold_min(?MODULE:id([5, 3.0, 3, 7, a, -2, 1 bsl 64])), fold_max(?MODULE:id([5, 3.0, 3, 7, a, -2, 1 bsl 64]))},
    Guard = [g(?MODULE:id(X)) || X <- [1, 10, 100]],
    {Min, Max, Min =:= EMin, Fold, Guard}.

fold_min([H | T]) -> fold_min(T, H).
fold_min([], M) -> M;
fold_min([H | T], M) -> fold_min(T, min(H, M)).

fold_max([H | T]) -> fold_max(T, H).
fold_max([], M) -> M;
fold_max([H | T], M) -> fold_max(T, max(H, M)).

g(X) ->
    case min(X, 50) of
        X -> small;
        _ -> big
    end.
