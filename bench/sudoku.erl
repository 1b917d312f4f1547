%% Tuple- and record-heavy search: a backtracking sudoku solver. The board is an 81-tuple,
%% peers are a tuple of tuples, the search state a record; at each step it fills the empty
%% cell with the fewest candidates (bitmasks). run(K) solves each puzzle K times;
%% run({K, P}) only the first P puzzles (the last one is by far the hardest).
-module(sudoku).
-export([start/0, run/1]).

-record(st, {board, peers, nodes = 0}).

start() -> run(3).

puzzles() ->
    [<<"003020600900305001001806400008102900700000008006708200002609500800203009005010300">>,
     <<"800000000003600000070090000050007000000045700000100030001000068008500010090000400">>,
     <<"400000805030000000000700000020000060000080400000010000000603070500200000104000000">>,
     <<"000000010400000000020000000000050407008000300001090000300400200050100000000806000">>].

run({K, P}) ->
    Peers = peers(),
    rep(K, take(P, puzzles()), Peers, 0);
run(K) ->
    run({K, length(puzzles())}).

rep(0, _, _, Acc) -> Acc;
rep(K, Puzzles, Peers, Acc) ->
    Sums = [solve_one(P, Peers) || P <- Puzzles],
    rep(K - 1, Puzzles, Peers, (Acc * 31 + sum(Sums)) band 16#FFFFFFF).

take(0, _) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

sum([H | T]) -> H + sum(T);
sum([]) -> 0.

solve_one(Bin, Peers) ->
    Board = list_to_tuple([C - $0 || <<C>> <= Bin]),
    case solve(#st{board = Board, peers = Peers}) of
        {ok, #st{board = B, nodes = N}} -> N * 1000000 + digest(B, 1, 0);
        {fail, _} -> -1
    end.

digest(_, 82, Acc) -> Acc;
digest(B, I, Acc) -> digest(B, I + 1, (Acc * 10 + element(I, B)) rem 999983).

solve(#st{board = B} = S) ->
    case best(B, S#st.peers, 1, none) of
        none -> {ok, S};
        {_, _, 0} -> {fail, S};
        {I, _, Mask} -> try_digits(1, Mask, I, S)
    end.

try_digits(10, _, _, S) -> {fail, S};
try_digits(D, Mask, I, #st{board = B, nodes = N} = S) when Mask band (1 bsl D) =/= 0 ->
    case solve(S#st{board = setelement(I, B, D), nodes = N + 1}) of
        {ok, _} = Ok -> Ok;
        {fail, S1} -> try_digits(D + 1, Mask, I, S#st{nodes = S1#st.nodes})
    end;
try_digits(D, Mask, I, S) -> try_digits(D + 1, Mask, I, S).

%% The empty cell with the fewest candidates: {Index, Count, Mask}, or none if full.
best(_, _, 82, Best) -> Best;
best(B, Peers, I, Best) ->
    case element(I, B) of
        0 ->
            Mask = free(element(I, Peers), B, 2#1111111110),
            Cnt = popcount(Mask, 0),
            case Best of
                {_, BC, _} when BC =< Cnt -> best(B, Peers, I + 1, Best);
                _ when Cnt =:= 0 -> {I, 0, 0};
                _ -> best(B, Peers, I + 1, {I, Cnt, Mask})
            end;
        _ ->
            best(B, Peers, I + 1, Best)
    end.

free(Ps, B, Mask) -> free(Ps, B, Mask, tuple_size(Ps)).
free(_, _, Mask, 0) -> Mask;
free(Ps, B, Mask, J) -> free(Ps, B, Mask band bnot (1 bsl element(element(J, Ps), B)), J - 1).

popcount(0, N) -> N;
popcount(M, N) -> popcount(M band (M - 1), N + 1).

%% Peers of each cell (1-based): the other cells of its row, column and box.
peers() ->
    list_to_tuple([list_to_tuple(peers_of(I)) || I <- lists:reverse(seq(80, []))]).

peers_of(I) ->
    R = I div 9, C = I rem 9, Br = R div 3 * 3, Bc = C div 3 * 3,
    [J + 1 || J <- lists:reverse(seq(80, [])), J =/= I,
              J div 9 =:= R orelse J rem 9 =:= C orelse
                  (J div 9 div 3 * 3 =:= Br andalso J rem 9 div 3 * 3 =:= Bc)].

seq(-1, Acc) -> lists:reverse(Acc);
seq(N, Acc) -> seq(N - 1, [N | Acc]).
