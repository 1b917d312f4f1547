-module(list_improper).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

last_tail([_ | T]) -> last_tail(T);
last_tail(X) -> X.

to_proper([H | T]) -> [H | to_proper(T)];
to_proper([]) -> [];
to_proper(X) -> [X].

start() ->
    I1 = ?MODULE:id([1 | 2]),
    I2 = ?MODULE:id([1, 2, 3 | 4]),
    I3 = ?MODULE:id([[] | []]),
    I4 = ?MODULE:id([a | <<"bin">>]),
    I5 = ?MODULE:id([a | #{k => v}]),
    I6 = ?MODULE:id([a | {t, u}]),
    I7 = ?MODULE:id([1 | 2.5]),
    [
     I1, I2, I3, I4, I5, I6, I7,
     last_tail(I1), last_tail(I2), last_tail(I3), last_tail(I4),
     to_proper(I2), to_proper(I5),
     is_list(I1), is_list(I5),
     t(fun() -> length(I2) end),
     t(fun() -> lists:reverse(I2) end),
     t(fun() -> lists:reverse(?MODULE:id([1, 2, 3, 4 | 5])) end),
     t(fun() -> lists:member(9, I2) end),
     lists:member(2, I2),
     t(fun() -> lists:keyfind(z, 1, ?MODULE:id([{a} | b])) end),
     lists:keyfind(a, 1, ?MODULE:id([{a} | b])),
     t(fun() -> I2 ++ [5] end),
     [0] ++ I2,
     t(fun() -> I2 -- [1] end),
     t(fun() -> [1] -- I2 end),
     t(fun() -> list_to_tuple(I1) end),
     t(fun() -> list_to_binary(I1) end),
     list_to_binary(?MODULE:id([1, 2 | <<3>>])),
     t(fun() -> list_to_atom(I1) end),
     t(fun() -> erlang:list_to_integer(?MODULE:id([$1 | $2])) end),
     I1 == [1 | 2], I1 =:= [1 | 2.0], I1 == [1 | 2.0],
     I1 < I2, I2 < I1,
     [1 | 2] < [1, 2],
     [1 | a] > [1 | 2],
     erlang:max(I1, I7),
     case I2 of [A, B, C | D] -> {A, B, C, D} end,
     case I1 of [_] -> single; [_ | _] -> cons end,
     erlang:iolist_size(?MODULE:id([<<1, 2>> | <<3>>])),
     t(fun() -> erlang:iolist_size(?MODULE:id([1 | 2])) end),
     tl(tl(tl(I2))),
     t(fun() -> tl(tl(tl(tl(I2)))) end),
     erlang:term_to_binary(I1) =:= erlang:term_to_binary(?MODULE:id([1 | 2])),
     binary_to_term(term_to_binary(I2)),
     binary_to_term(term_to_binary(I4))
    ].
