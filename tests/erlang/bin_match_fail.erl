-module(bin_match_fail).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

try_match(Bin) ->
    case Bin of
        <<1, X:16>> -> {one16, X};
        <<1, X:8, Y:4>> -> {one8_4, X, Y};
        <<2, Rest/binary>> when byte_size(Rest) > 2 -> {two_long, Rest};
        <<2, _/binary>> -> two_short;
        <<3:4, _:4, F:32/float>> -> {three_float, F};
        <<3:4, _/bits>> -> three_other;
        <<S:8, Str:S/binary>> -> {sized, Str};
        <<S:8, _/binary>> -> {bad_size, S};
        <<>> -> empty;
        _ when is_bitstring(Bin) -> {nomatch, bit_size(Bin)};
        _ -> not_bitstring
    end.

start() ->
    Cases = [<<1, 0, 5>>, <<1, 0, 5, 0>>, <<1, 7, 15:4>>, <<1, 7, 15:5>>,
             <<2, 1, 2, 3>>, <<2, 1, 2>>, <<2>>,
             <<16#30, 1.5:32/float>>, <<16#30, 16#7F800000:32>>, <<16#30, 1:8>>,
             <<4, "abcd">>, <<4, "abc">>, <<9>>, <<>>, <<0>>, <<5:3>>, <<255:8, 1:1>>,
             notbin, [1, 2], <<16#3F>>],
    [
     [try_match(?I(C)) || C <- Cases],
     [f(?I(B)) || B <- [<<"GET /x">>, <<"POST /y">>, <<"PUT">>, <<"GE">>, <<"GET">>, <<>>]],
     [g(?I(B)) || B <- [<<0:1>>, <<1:1>>, <<0:2>>, <<1:1, 0:7>>, <<>>]]
    ].

f(<<"GET ", Path/binary>>) -> {get, Path};
f(<<"POST ", Path/binary>>) -> {post, Path};
f(<<"GET">>) -> get_only;
f(<<M:2/binary, _/binary>>) -> {prefix, M};
f(_) -> other.

g(<<0:1>>) -> zero_bit;
g(<<1:1>>) -> one_bit;
g(<<1:1, _:7>>) -> high_byte;
g(B) -> {other, bit_size(B)}.
