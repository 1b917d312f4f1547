-module(bin_int_match).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

m(F) -> F().

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    B = ?I(<<16#12, 16#34, 16#56, 16#78, 16#9A, 16#BC, 16#DE, 16#F0, 16#FF, 16#01, 16#80, 16#7F, 16#00, 16#AA, 16#55, 16#C3, 16#3C>>),
    [
     [begin <<_:Off, X:S, _/bits>> = B, X end || Off <- seq(0, 7), S <- [1, 3, 8, 13, 16, 31, 32, 33, 64, 65]],
     [begin <<_:Off, X:S/signed, _/bits>> = B, X end || Off <- seq(0, 7), S <- [1, 3, 8, 13, 16, 32, 64, 65]],
     [begin <<_:Off, X:S/little, _/bits>> = B, X end || Off <- seq(0, 7), S <- [8, 12, 16, 24, 32, 40, 64, 72]],
     [begin <<_:Off, X:S/little-signed, _/bits>> = B, X end || Off <- [0, 3], S <- [8, 12, 16, 24, 32, 64, 72]],
     m(fun() -> <<X:100, _/bits>> = B, X end),
     m(fun() -> <<X:100/little, _/bits>> = B, X end),
     m(fun() -> <<X:100/signed, _/bits>> = B, X end),
     m(fun() -> <<_:8, X:128/signed, _/bits>> = B, X end),
     m(fun() -> <<X:136>> = B, X end),
     m(fun() -> <<X:136/little-signed>> = B, X end),
     m(fun() -> <<A:4, C:4, D:16/little, Rest/binary>> = B, {A, C, D, byte_size(Rest)} end),
     m(fun() -> <<X:0, Y:8, _/bits>> = B, {X, Y} end),
     m(fun() -> <<X:3/unit:8, _/binary>> = B, X end),
     m(fun() -> <<X:2/unit:4-little, _/binary>> = B, X end),
     match_var(?I(4), ?I(<<4, 1, 2, 3, 4, 5>>)),
     match_var(?I(9), ?I(<<9, 255, 128, 7>>)),
     match_var(?I(0), ?I(<<0, 1>>)),
     dyn(?I(<<3, 1, 2, 3, 2, 9, 9, 0>>), []),
     signed_edges(),
     [X || <<X:5/signed>> <= ?I(<<16#F0, 16#0F, 16#AA, 16#55, 16#FF>>)],
     [X || <<X:7/little>> <= ?I(<<1, 2, 3, 4, 5, 6, 7>>)]
    ].

match_var(N, Bin) ->
    case Bin of
        <<N, X:N, Rest/bits>> -> {X, Rest};
        _ -> nomatch
    end.

dyn(<<0>>, Acc) -> lists:reverse(Acc);
dyn(<<Len, Data:Len/binary, Rest/binary>>, Acc) -> dyn(Rest, [Data | Acc]).

signed_edges() ->
    L = [?I(<<128>>), ?I(<<127>>), ?I(<<255>>), ?I(<<0>>), ?I(<<128, 0>>), ?I(<<255, 255>>)],
    [{S, U} || Bin <- L, <<S:(byte_size(Bin))/signed-unit:8>> <- [Bin],
               <<U:(byte_size(Bin))/unsigned-unit:8>> <- [Bin]] ++
    [begin <<S:(bit_size(Bin))/signed>> = Bin, <<SL:(bit_size(Bin))/signed-little>> = Bin, {S, SL} end || Bin <- L].
