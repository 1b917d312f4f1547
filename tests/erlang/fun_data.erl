-module(fun_data).
-export([start/0, id/1]).

id(X) -> X.

dispatch(Table, Op, Args) ->
    case lists:keyfind(Op, 1, Table) of
        {Op, F} -> apply(F, Args);
        false -> {unknown, Op}
    end.

start() ->
    Table = [{add, fun(A, B) -> A + B end}, {neg, fun(A) -> -A end},
             {const, fun() -> 42 end}, {len, fun erlang:length/1}],
    MapT = #{square => fun(X) -> X * X end, cube => fun(X) -> X * X * X end},
    Rec = {handler, fun(Msg) -> {handled, Msg} end, 3},
    Stack = [fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun(X) -> X - 3 end],
    St0 = {0, []},
    Machine = #{idle => fun({N, Log}) -> {busy, {N + 1, [idle | Log]}} end,
                busy => fun({N, Log}) when N > 3 -> {done, {N, [busy | Log]}};
                           ({N, Log}) -> {idle, {N, [busy | Log]}} end},
    [
     dispatch(Table, add, [2, 3]),
     dispatch(Table, neg, [7]),
     dispatch(Table, const, []),
     dispatch(Table, len, [[x, y]]),
     dispatch(Table, mul, [1, 2]),
     (maps:get(square, MapT))(9),
     [(maps:get(K, MapT))(2) || K <- [cube, square]],
     (element(2, Rec))(ping),
     apply_all(Stack, 5),
     apply_all(lists:reverse(Stack), 5),
     run(Machine, idle, St0),
     length(Table), tuple_size(Rec),
     [is_function(F) || {_, F} <- Table],
     [is_function(F, 1) || {_, F} <- Table],
     [X || {_, F} <- Table, is_function(F, 0), X <- [F()]]
    ].

run(_, done, {N, Log}) -> {N, lists:reverse(Log)};
run(M, State, S) ->
    {Next, S2} = (maps:get(State, M))(S),
    run(M, Next, S2).

apply_all([], X) -> X;
apply_all([F | Fs], X) -> apply_all(Fs, F(X)).
