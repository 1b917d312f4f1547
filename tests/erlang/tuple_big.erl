-module(tuple_big).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

seq(A, B) -> seq(B, A, []).
seq(B, A, Acc) when B < A -> Acc;
seq(B, A, Acc) -> seq(B - 1, A, [B | Acc]).

sum_tuple(T) -> sum_tuple(T, tuple_size(T), 0).
sum_tuple(_, 0, Acc) -> Acc;
sum_tuple(T, I, Acc) -> sum_tuple(T, I - 1, Acc + element(I, T)).

fill(T, I) when I > tuple_size(T) -> T;
fill(T, I) -> fill(setelement(I, T, I * I), I + 1).

start() ->
    T1k = list_to_tuple(seq(1, ?MODULE:id(1000))),
    T10k = list_to_tuple(seq(1, ?MODULE:id(10000))),
    T100k = erlang:make_tuple(?MODULE:id(100000), 1),
    M = erlang:make_tuple(?MODULE:id(10000), x, [{1, first}, {5000, mid}, {10000, last}]),
    F = fill(erlang:make_tuple(?MODULE:id(2000), 0), 1),
    [
     tuple_size(T1k), tuple_size(T10k), tuple_size(T100k),
     element(1000, T1k), element(10000, T10k), element(5555, T10k),
     sum_tuple(T1k), sum_tuple(T10k), sum_tuple(T100k),
     t(fun() -> element(10001, T10k) end),
     element(1, M), element(2, M), element(5000, M), element(10000, M),
     sum_tuple(F), element(2000, F),
     tuple_size(erlang:append_element(T10k, x)),
     element(10001, erlang:append_element(T10k, x)),
     tuple_size(erlang:delete_element(5000, T10k)),
     element(5000, erlang:delete_element(5000, T10k)),
     element(5000, erlang:insert_element(5000, T10k, ins)),
     element(5001, erlang:insert_element(5000, T10k, ins)),
     sum_tuple(setelement(1, T10k, 0)),
     length(tuple_to_list(T10k)),
     T10k =:= list_to_tuple(seq(1, 10000)),
     T10k < setelement(10000, T10k, 10001),
     T1k < T10k,
     hd(lists:reverse(tuple_to_list(T1k))),
     binary_to_term(term_to_binary(T1k)) =:= T1k,
     tuple_size(list_to_tuple(tuple_to_list(T100k) ++ tuple_to_list(T10k))),
     element(1, erlang:make_tuple(1, {nested, T1k})) =:= {nested, T1k},
     sum_tuple(list_to_tuple([element(I, T1k) * 2 || I <- seq(1, 1000)]))
    ].
