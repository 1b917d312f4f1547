-module(case_tuple_arity).
-export([start/0, id/1]).

id(X) -> X.

arity({}) -> 0;
arity({_}) -> 1;
arity({_, _}) -> 2;
arity({_, _, _}) -> 3;
arity({_, _, _, _}) -> 4;
arity({_, _, _, _, _}) -> 5;
arity({_, _, _, _, _, _}) -> 6;
arity({_, _, _, _, _, _, _, _, _, _}) -> 10;
arity(T) when is_tuple(T) -> {big, tuple_size(T)};
arity(_) -> notuple.

%% tagged tuples of various sizes: select on arity then on tag
msg({ping}) -> pong;
msg({get, K}) -> {got, K};
msg({put, K, V}) -> {stored, K, V};
msg({put, K, V, ttl}) -> {stored_ttl, K, V};
msg({del, K}) -> {deleted, K};
msg({batch, A, B, C, D}) -> {batch, A + B + C + D};
msg({get, K, default, D}) -> {got_or, K, D};
msg({Tag, _}) when is_atom(Tag) -> {unknown2, Tag};
msg({Tag, _, _}) when is_atom(Tag) -> {unknown3, Tag};
msg(Other) -> {bad, Other}.

shape(X) ->
    case X of
        {point, A, B} -> {pt, A + B};
        {circle, {A, B}, R} -> {circ, A, B, R};
        {rect, {A, B}, {C, D}} -> {rect, (C - A) * (D - B)};
        {poly, Pts} when is_list(Pts) -> {poly, length(Pts)};
        {line, P1, P2, _Style} -> {line, P1, P2};
        {A} -> {wrapped, A};
        _ -> unknown
    end.

start() ->
    Ts = [{}, {1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6},
          {1, 2, 3, 4, 5, 6, 7}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, list_to_tuple(seq(1, 300)),
          [], a, <<>>],
    [
     [arity(?MODULE:id(T)) || T <- Ts],
     [msg(?MODULE:id(M)) || M <- [{ping}, {get, k}, {put, k, v}, {put, k, v, ttl}, {put, k, v, other},
                                  {del, k}, {batch, 1, 2, 3, 4}, {get, k, default, 0}, {foo, 1},
                                  {foo, 1, 2}, {1, 2}, {ping, extra}, ping, {}]],
     [shape(?MODULE:id(S)) || S <- [{point, 1, 2}, {circle, {0, 0}, 5}, {rect, {0, 0}, {3, 4}},
                                    {poly, [a, b, c]}, {poly, notlist}, {line, a, b, dashed}, {x},
                                    {point, 1}, {circle, 1, 2}]]
    ].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
