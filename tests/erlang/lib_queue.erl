-module(lib_queue).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    Q = queue:from_list(?MODULE:id([1, 2, 3, 4, 5])),
    {Q, queue:new(), [queue:from_list(lists:seq(1, N)) || N <- lists:seq(0, 7)],
     queue:to_list(Q), queue:len(Q), queue:is_empty(Q), queue:is_queue(Q), queue:is_queue({a, b}),
     queue:member(3, Q), queue:in(6, Q), queue:in_r(0, Q), steps(queue:new(), 1, []),
     queue:out(Q), queue:out_r(Q), queue:out(queue:new()), queue:out({[5, 4, 3, 2, 1], []}),
     queue:out_r({[], [1, 2, 3, 4, 5, 6]}), queue:out({[5, 4, 3, 2], [1]}), queue:out_r({[5], [1, 2, 3, 4]}),
     queue:get(Q), queue:get_r(Q), queue:peek(Q), queue:peek_r(Q), queue:peek(queue:new()),
     queue:drop(Q), queue:drop_r(Q), queue:reverse(Q), queue:join(Q, queue:from_list([a, b])),
     [queue:split(N, Q) || N <- lists:seq(0, 5)], queue:split(3, {[], [1, 2, 3, 4, 5, 6]}),
     queue:filter(fun(X) -> X > 2 end, Q), queue:filter(fun(X) -> [X, X] end, Q),
     queue:filter(fun(X) -> X =:= 5 end, Q), queue:filtermap(fun(X) when X > 3 -> {true, X * 10};
                                                                  (X) -> X =:= 1 end, Q),
     queue:fold(fun(X, A) -> [X | A] end, [], Q), queue:any(fun(X) -> X > 4 end, Q),
     queue:all(fun(X) -> X > 0 end, Q), queue:delete(3, Q), queue:delete_r(3, queue:in(3, Q)),
     queue:delete_with(fun(X) -> X > 1 end, Q), queue:delete_with_r(fun(X) -> X < 5 end, Q),
     okasaki(Q), errors(Q)}.

steps(Q, 12, Acc) -> lists:reverse([Q | Acc]);
steps(Q, N, Acc) ->
    Q1 = case N rem 3 of 0 -> queue:in_r(N, Q); _ -> queue:in(N, Q) end,
    Q2 = case N rem 4 of 0 -> queue:drop(Q1); _ -> Q1 end,
    steps(Q2, N + 1, [Q2 | Acc]).

okasaki(Q) ->
    {queue:cons(0, Q), queue:head(Q), queue:tail(Q), queue:snoc(Q, 6), queue:daeh(Q), queue:last(Q),
     queue:liat(Q), queue:init(Q), queue:lait(Q), queue:tail({[9, 8, 7, 6, 5, 4, 3, 2], [1]})}.

errors(Q) ->
    E = queue:new(),
    {?E(queue:get(E)), ?E(queue:get_r(E)), ?E(queue:drop(E)), ?E(queue:drop_r(E)), ?E(queue:head(E)),
     ?E(queue:tail(E)), ?E(queue:last(E)), ?E(queue:liat(E)), ?E(queue:out(a)), ?E(queue:in(1, a)),
     ?E(queue:len(a)), ?E(queue:from_list(a)), ?E(queue:from_list([1 | a])), ?E(queue:split(9, Q)),
     ?E(queue:split(-1, Q)), ?E(queue:split(a, Q)), ?E(queue:filter(a, Q)), ?E(queue:fold(a, [], Q)),
     ?E(queue:all(fun(X) -> X end, {[], [true, 1]})), ?E(queue:join(a, E)),
     ?E(queue:delete_with(fun(X) -> X end, {[], [1]})), ?E(queue:filter(fun(X) -> X end, {[], [1]}))}.
