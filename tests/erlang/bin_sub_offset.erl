-module(bin_sub_offset).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

%% Sub-binaries starting at odd bit offsets (and odd-length bitstrings) passed to the BIFs
%% that read binaries.

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% The bytes of B, shifted by K bits inside a larger bitstring and cut out again.
shift(B, K) ->
    <<_:K, Sub:(byte_size(B))/binary, _/bits>> = ?I(<<0:K, B/binary, 5:3>>),
    Sub.

start() ->
    Texts = [<<"hello, world">>, <<"a,b,,c">>, <<"42">>, <<"-17">>, <<"ok">>, <<"añ€"/utf8>>, <<>>,
             binary:copy(<<"xyz,">>, 40)],
    [begin
         Subs = [shift(B, K) || K <- [1, 3, 7, 9]],
         [{S =:= B,
           binary_to_list(S), byte_size(S), bit_size(S),
           iolist_to_binary([S, S]), iolist_size([S | S]), list_to_binary([1, S]),
           binary:split(S, <<",">>, [global]), binary:matches(S, [<<"l">>, <<",">>]),
           binary:replace(S, <<",">>, <<";">>, [global]),
           binary:bin_to_list(S), binary:copy(S, 2), binary:decode_unsigned(S),
           binary:longest_common_prefix([S, B]), binary:longest_common_suffix([B, S]),
           t(fun() -> binary:first(S) end), t(fun() -> binary:last(S) end),
           t(fun() -> binary:at(S, 1) end), t(fun() -> binary:part(S, 1, 1) end),
           unicode:characters_to_list(S), unicode:characters_to_binary([S, S], utf8, utf16),
           unicode:characters_to_list(S, latin1),
           t(fun() -> binary_to_integer(S) end), t(fun() -> binary_to_atom(S, utf8) end),
           t(fun() -> binary_to_existing_atom(S, latin1) end),
           split_binary(S, byte_size(S) div 2), binary_part(S, {0, byte_size(S)}),
           list_to_bitstring([S, <<1:1>>, S])}
          || S <- Subs]
     end || B <- ?I(Texts)] ++
    [begin
         <<_:K, Bits/bits>> = ?I(<<16#A5, 16#5A, 16#FF, 16#01>>),
         {bit_size(Bits), bitstring_to_list(Bits), list_to_bitstring([Bits, Bits]),
          t(fun() -> binary_to_list(Bits) end), t(fun() -> iolist_to_binary([Bits]) end),
          t(fun() -> binary:split(Bits, <<1>>) end), t(fun() -> unicode:characters_to_list(Bits) end),
          binary_to_list(Bits, 1, (bit_size(Bits) div 8)), split_binary(Bits, 1),
          binary_part(Bits, 1, 1)}
     end || K <- [1, 5, 8, 13]].
