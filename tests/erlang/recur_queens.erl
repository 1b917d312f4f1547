-module(recur_queens).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

%% backtracking with explicit recursion (not comprehensions)
solve(N) -> place(N, 1, [], 0).

place(N, Row, _Qs, Count) when Row > N -> Count + 1;
place(N, Row, Qs, Count) -> try_cols(N, Row, 1, Qs, Count).

try_cols(N, _Row, Col, _Qs, Count) when Col > N -> Count;
try_cols(N, Row, Col, Qs, Count) ->
    Count2 = case ok(Row, Col, Qs) of
                 true -> place(N, Row + 1, [{Row, Col} | Qs], Count);
                 false -> Count
             end,
    try_cols(N, Row, Col + 1, Qs, Count2).

ok(_, _, []) -> true;
ok(R, C, [{R2, C2} | T]) ->
    C =/= C2 andalso abs(R - R2) =/= abs(C - C2) andalso ok(R, C, T).

first(N) -> first(N, 1, []).
first(N, Row, Qs) when Row > N -> {ok, lists:reverse([C || {_, C} <- Qs])};
first(N, Row, Qs) -> first_cols(N, Row, 1, Qs).
first_cols(N, _, Col, _) when Col > N -> fail;
first_cols(N, Row, Col, Qs) ->
    case ok(Row, Col, Qs) andalso first(N, Row + 1, [{Row, Col} | Qs]) of
        {ok, _} = R -> R;
        _ -> first_cols(N, Row, Col + 1, Qs)
    end.

start() ->
    [
     [solve(N) || N <- seq(1, ?MODULE:id(8))],
     first(?MODULE:id(8)),
     first(?MODULE:id(3)),
     first(?MODULE:id(12))
    ].
