-module(bits_bifs).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Bits = ?I(<<1, 2, 3:5>>),
    [
     bit_size(Bits), byte_size(Bits), is_bitstring(Bits), is_binary(Bits),
     bitstring_to_list(Bits),
     t(fun() -> binary_to_list(Bits) end),
     t(fun() -> list_to_binary([Bits]) end),
     list_to_bitstring([Bits, Bits]),
     t(fun() -> list_to_bitstring([Bits | foo]) end),
     t(fun() -> list_to_bitstring([Bits | <<1:1>>]) end),
     t(fun() -> list_to_bitstring(?I([1, 256])) end),
     t(fun() -> list_to_bitstring(?I(foo)) end),
     t(fun() -> iolist_to_binary([Bits]) end),
     t(fun() -> iolist_size([Bits]) end),
     t(fun() -> split_binary(Bits, 1) end),
     t(fun() -> binary_part(Bits, 0, 1) end),
     t(fun() -> binary:part(Bits, 0, 1) end),
     t(fun() -> binary:match(Bits, <<1>>) end),
     t(fun() -> binary:split(Bits, <<2>>) end),
     t(fun() -> binary:bin_to_list(Bits) end),
     t(fun() -> binary:copy(Bits) end),
     t(fun() -> binary:first(Bits) end),
     t(fun() -> binary:last(Bits) end),
     t(fun() -> binary:at(Bits, 0) end),
     t(fun() -> binary:decode_unsigned(Bits) end),
     t(fun() -> byte_size(?I(1)) end),
     t(fun() -> bit_size(?I({})) end),
     t(fun() -> binary_to_term(Bits) end),
     term_to_binary(Bits),
     binary_to_term(term_to_binary(Bits)) =:= Bits,
     t(fun() -> binary_to_atom(Bits, utf8) end),
     t(fun() -> binary_to_integer(?I(<<"12":12>>)) end),
     t(fun() -> unicode:characters_to_list(Bits) end),
     erlang:bit_size(<<Bits/bits, Bits/bits>>),
     erlang:byte_size(<<Bits/bits, Bits/bits>>),
     <<Bits/bits, 0:3>> =:= ?I(<<1, 2, 24>>)
    ].
