-module(recur_sudoku).
-export([start/0, id/1]).

%% simple backtracking sudoku solver on a tuple of 81 cells

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

solve(G) -> solve(G, 1).

solve(G, 82) -> {ok, G};
solve(G, I) ->
    case element(I, G) of
        0 -> try_vals(G, I, candidates(G, I));
        _ -> solve(G, I + 1)
    end.

try_vals(_, _, []) -> fail;
try_vals(G, I, [V | Vs]) ->
    case solve(setelement(I, G, V), I + 1) of
        {ok, _} = R -> R;
        fail -> try_vals(G, I, Vs)
    end.

candidates(G, I) ->
    R = (I - 1) div 9, C = (I - 1) rem 9,
    Used = [element(R * 9 + K + 1, G) || K <- seq(0, 8)] ++
           [element(K * 9 + C + 1, G) || K <- seq(0, 8)] ++
           [element((BR + (R div 3) * 3) * 9 + BC + (C div 3) * 3 + 1, G) || BR <- seq(0, 2), BC <- seq(0, 2)],
    [V || V <- seq(1, 9), not lists:member(V, Used)].

rows(G) -> [[element(R * 9 + C + 1, G) || C <- seq(0, 8)] || R <- seq(0, 8)].

valid(G) ->
    Rows = rows(G),
    Cols = [[element(R * 9 + C + 1, G) || R <- seq(0, 8)] || C <- seq(0, 8)],
    lists:member(false, [is_perm(X) || X <- Rows ++ Cols]) =:= false.

is_perm(L) -> lists:reverse(isort(L)) =:= [9, 8, 7, 6, 5, 4, 3, 2, 1].
isort([]) -> [];
isort([H | T]) -> ins(H, isort(T)).
ins(X, [H | T]) when X > H -> [H | ins(X, T)];
ins(X, L) -> [X | L].

puzzle() ->
    list_to_tuple(?MODULE:id(
      [5,3,0, 0,7,0, 0,0,0,
       6,0,0, 1,9,5, 0,0,0,
       0,9,8, 0,0,0, 0,6,0,
       8,0,0, 0,6,0, 0,0,3,
       4,0,0, 8,0,3, 0,0,1,
       7,0,0, 0,2,0, 0,0,6,
       0,6,0, 0,0,0, 2,8,0,
       0,0,0, 4,1,9, 0,0,5,
       0,0,0, 0,8,0, 0,7,9])).

start() ->
    {ok, S} = solve(puzzle()),
    Bad = setelement(2, puzzle(), 5),
    [
     rows(S),
     valid(S),
     solve(Bad),
     candidates(puzzle(), 3)
    ].
