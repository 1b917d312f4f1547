-module(conv_iolist_deep).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

%% Deeply nested and improper iolists through every iolist BIF, iolist_to_iovec,
%% list_to_bitstring and the errors they raise.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, [Acc]).

nest_tail(0, Acc) -> Acc;
nest_tail(N, Acc) -> nest_tail(N - 1, [N band 255 | Acc]).

left(0, Acc) -> Acc;
left(N, Acc) -> left(N - 1, [Acc, N band 255]).

right(0) -> [];
right(N) -> [N band 255, right(N - 1)].

start() ->
    Deep = nest(?I(200000), [<<"core">>]),
    Left = left(?I(100000), <<"x">>),
    Right = right(?I(100000)),
    Tail = nest_tail(?I(1000), <<"end">>),
    Big = [byte_size(iolist_to_binary(Deep)), iolist_size(Deep), iolist_size(Left), byte_size(list_to_binary(Left)),
           iolist_size(Right), iolist_size(Tail),
           binary:part(iolist_to_binary(Left), 0, 6), binary:part(iolist_to_binary(Right), 0, 6),
           iolist_to_binary(erlang:iolist_to_iovec(Deep)) =:= <<"core">>,
           iolist_to_binary(erlang:iolist_to_iovec(Left)) =:= iolist_to_binary(Left),
           list_to_bitstring(nest(?I(100000), [<<1:1>>, <<1:7>>, [<<3:2>> | <<1:6>>]]))],
    Small = [iolist_to_binary(?I([1, [2, <<3>>], [[[4]] | <<5, 6>>], <<>>, [] | <<7>>])),
             iolist_size(?I([1, [2, <<3>>], [[[4]] | <<5, 6>>], <<>>, [] | <<7>>])),
             iolist_to_binary(?I(<<"bin">>)), iolist_size(?I(<<"bin">>)),
             list_to_binary(?I([[], [[]], <<>>])), iolist_to_binary(?I([])),
             list_to_bitstring(?I([<<1:1>>, <<1:7>>])), list_to_bitstring(?I([<<1:1>>, 3 | <<1:7>>])),
             list_to_bitstring(?I([[<<5:3>>], <<>> | <<2:5>>])),
             bitstring_to_list(?I(<<1, 2, 3:3>>)), bitstring_to_list(?I(<<>>)),
             binary_to_list(?I(<<1, 2, 3>>), 2, 3), binary_to_list(?I(<<1, 2, 3:3>>), 1, 2),
             split_binary(?I(<<1, 2, 3:3>>), 2), split_binary(?I(<<1, 2, 3>>), 0), split_binary(?I(<<1, 2, 3>>), 3),
             binary_part(?I(<<1, 2, 3>>), 3, -2), binary_part(?I(<<1, 2, 3>>), {1, 2}), binary_part(?I(<<1, 2, 3:3>>), {0, 1}),
             byte_size(?I(<<1, 2, 3:3>>)), bit_size(?I(<<1, 2, 3:3>>)),
             erlang:iolist_to_iovec(?I([<<"a">>, "bc"])), erlang:iolist_to_iovec(?I(<<>>)),
             erlang:iolist_to_iovec(?I([[], <<>>])), erlang:iolist_to_iovec(?I(<<1, 2>>))],
    Errors = [t(fun() -> iolist_to_binary(?I([1 | 2])) end),
              t(fun() -> iolist_to_binary(?I([256])) end),
              t(fun() -> iolist_to_binary(?I([-1])) end),
              t(fun() -> iolist_to_binary(?I(<<1:1>>)) end),
              t(fun() -> iolist_to_binary(?I([<<1:1>>])) end),
              t(fun() -> iolist_to_binary(?I([a])) end),
              t(fun() -> iolist_to_binary(?I(7)) end),
              t(fun() -> iolist_to_binary(nest(?I(100000), [1 | foo])) end),
              t(fun() -> iolist_size(?I([1, [2 | 3]])) end),
              t(fun() -> iolist_size(?I(<<1:1>>)) end),
              t(fun() -> list_to_binary(?I(<<1>>)) end),
              t(fun() -> list_to_binary(?I([<<1:1>>, <<1:7>>])) end),
              t(fun() -> list_to_bitstring(?I(<<1:1>>)) end),
              t(fun() -> list_to_bitstring(?I([<<1:1>> | 5])) end),
              t(fun() -> binary_to_list(?I(<<1, 2:3>>)) end),
              t(fun() -> binary_to_list(?I(<<1, 2, 3>>), 2, 1) end),
              t(fun() -> binary_to_list(?I(<<1, 2, 3>>), 0, 2) end),
              t(fun() -> binary_to_list(?I(<<1, 2, 3>>), 3, 4) end),
              t(fun() -> split_binary(?I(<<1, 2, 3>>), 4) end),
              t(fun() -> split_binary(?I(<<1, 2, 3:3>>), 3) end),
              t(fun() -> split_binary(?I(<<1, 2, 3>>), -1) end),
              t(fun() -> binary_part(?I(<<1, 2, 3>>), 4, 0) end),
              t(fun() -> binary_part(?I(<<1, 2, 3:3>>), {2, 1}) end),
              t(fun() -> byte_size(?I(foo)) end),
              t(fun() -> erlang:iolist_to_iovec(?I(<<1:1>>)) end),
              t(fun() -> erlang:iolist_to_iovec(?I([1 | 2])) end)],
    {Big, Small, Errors}.
