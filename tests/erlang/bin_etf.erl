-module(bin_etf).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Terms = [?I(T) || T <- [0, 1, 255, 256, -1, 1 bsl 31, -(1 bsl 31), 1 bsl 64, -(1 bsl 64), 1 bsl 300,
                            1.5, -0.0, 3.141592653589793, abc, '', true, [], [1, 2, 3], [1000, 2000],
                            "hello", [a | b], {}, {a, 1}, <<>>, <<1, 2, 3>>, <<1:3>>, <<1, 2:4>>,
                            #{}, #{a => 1, b => [x]}, [[]], {[], {}}]],
    [
     [term_to_binary(T) || T <- Terms],
     [binary_to_term(term_to_binary(T)) =:= T || T <- Terms],
     binary_to_term(?I(<<131, 97, 42>>)),
     binary_to_term(?I(<<131, 98, 255, 255, 255, 255>>)),
     binary_to_term(?I(<<131, 100, 0, 2, 104, 105>>)),
     binary_to_term(?I(<<131, 119, 2, 104, 105>>)),
     binary_to_term(?I(<<131, 118, 0, 2, 104, 105>>)),
     binary_to_term(?I(<<131, 107, 0, 3, 1, 2, 3>>)),
     binary_to_term(?I(<<131, 108, 0, 0, 0, 1, 97, 1, 97, 2>>)),
     binary_to_term(?I(<<131, 104, 2, 97, 1, 97, 2>>)),
     binary_to_term(?I(<<131, 105, 0, 0, 0, 1, 106>>)),
     binary_to_term(?I(<<131, 109, 0, 0, 0, 2, 7, 8>>)),
     binary_to_term(?I(<<131, 77, 0, 0, 0, 2, 3, 7, 192>>)),
     binary_to_term(?I(<<131, 110, 2, 1, 0, 1>>)),
     binary_to_term(?I(<<131, 111, 0, 0, 0, 1, 0, 5>>)),
     binary_to_term(?I(<<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>)),
     binary_to_term(?I(<<131, 116, 0, 0, 0, 1, 97, 1, 97, 2>>)),
     binary_to_term(?I(<<131, 106>>)),
     t(fun() -> binary_to_term(?I(<<131, 97>>)) end),
     t(fun() -> binary_to_term(?I(<<130, 97, 1>>)) end),
     t(fun() -> binary_to_term(?I(<<>>)) end),
     t(fun() -> binary_to_term(?I(notbin)) end),
     term_to_binary(?I(<<"compress me compress me compress me">>), [{compressed, 0}]),
     binary_to_term(term_to_binary(?I(list_to_tuple([X || X <- "abcdefghij"])), [compressed])),
     binary_to_term(term_to_binary(?I(#{k => #{n => [1.5, <<"v">>]}}))),
     byte_size(term_to_binary(?I(lists:reverse([X || X <- "abcdefghijklmnopqrstuvwxyz"]))))
    ].
