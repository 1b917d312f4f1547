-module(bits_tail).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

bits_to_list(<<>>) -> [];
bits_to_list(<<B:1, R/bits>>) -> [B | bits_to_list(R)].

list_to_bits(L) -> << <<B:1>> || B <- L >>.

rev_bits(<<>>, Acc) -> Acc;
rev_bits(<<B:1, R/bits>>, Acc) -> rev_bits(R, <<B:1, Acc/bits>>).

chunks(B, N) when bit_size(B) >= N -> <<C:N/bits, R/bits>> = B, [C | chunks(R, N)];
chunks(<<>>, _) -> [];
chunks(B, _) -> [{rest, B}].

tail_binary(<<_, R/binary>>) -> {binary_tail, R};
tail_binary(B) -> {no, B}.

tail_bits(<<_:3, R/bits>>) -> {bits_tail, R};
tail_bits(B) -> {no, B}.

start() ->
    B = ?I(<<2#10110011, 2#0101:4>>),
    [
     bits_to_list(B),
     list_to_bits(bits_to_list(B)) =:= B,
     rev_bits(B, <<>>),
     rev_bits(rev_bits(B, <<>>), <<>>) =:= B,
     chunks(B, 3), chunks(B, 4), chunks(B, 5), chunks(B, 12), chunks(B, 13),
     tail_binary(?I(<<1, 2, 3>>)), tail_binary(?I(<<1, 2, 3:4>>)), tail_binary(?I(<<>>)),
     tail_bits(?I(<<1, 2>>)), tail_bits(?I(<<1:2>>)), tail_bits(?I(<<1:3>>)),
     t(fun() -> <<_:4, R/binary>> = ?I(<<1, 2>>), R end),
     t(fun() -> <<_:8, R/binary>> = ?I(<<1, 2>>), R end),
     begin <<_:4, R1/bits>> = ?I(<<1, 2>>), R1 end,
     bit_size(B), byte_size(B), is_bitstring(B), is_binary(B),
     bitstring_to_list(B), list_to_bitstring(bitstring_to_list(B)) =:= B,
     erlang:bit_size(<<>>), erlang:byte_size(<<1:1>>), erlang:byte_size(<<1:9>>),
     t(fun() -> bit_size(?I(foo)) end),
     t(fun() -> byte_size(?I([1])) end),
     <<B/bits, B/bits>>,
     << <<X:1>> || <<X:1>> <= B >> =:= B,
     [X || <<X:3>> <= B],
     [X || <<X:5/bits>> <= B],
     << <<X:2/bits, 0:1>> || <<X:2/bits>> <= B >>,
     B < ?I(<<2#10110011, 2#0110:4>>),
     B < ?I(<<2#10110011, 2#0101:5>>),
     ?I(<<1:1>>) < ?I(<<0, 0>>),
     ?I(<<1:1>>) > ?I(<<1:1, 0:1>>) orelse less_or_equal,
     ?I(<<>>) < ?I(<<0:1>>),
     ?I(<<2:2>>) == ?I(<<2:2>>)
    ].
