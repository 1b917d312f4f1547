-module(bin_parse).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% LEB128 varints
enc_varint(N) when N < 128 -> <<N>>;
enc_varint(N) -> <<1:1, (N band 127):7, (enc_varint(N bsr 7))/binary>>.

dec_varint(Bin) -> dec_varint(Bin, 0, 0).
dec_varint(<<0:1, V:7, Rest/binary>>, Shift, Acc) -> {Acc bor (V bsl Shift), Rest};
dec_varint(<<1:1, V:7, Rest/binary>>, Shift, Acc) -> dec_varint(Rest, Shift + 7, Acc bor (V bsl Shift)).

%% TLV records
enc_tlv(L) -> << <<T, (byte_size(V)):16, V/binary>> || {T, V} <- L >>.
dec_tlv(<<>>) -> [];
dec_tlv(<<T, L:16, V:L/binary, R/binary>>) -> [{T, V} | dec_tlv(R)].

%% simple CSV line split
csv(Bin) -> csv(Bin, <<>>, []).
csv(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]);
csv(<<$,, R/binary>>, Cur, Acc) -> csv(R, <<>>, [Cur | Acc]);
csv(<<$", R/binary>>, <<>>, Acc) -> quoted(R, <<>>, Acc);
csv(<<C, R/binary>>, Cur, Acc) -> csv(R, <<Cur/binary, C>>, Acc).
quoted(<<$", $", R/binary>>, Cur, Acc) -> quoted(R, <<Cur/binary, $">>, Acc);
quoted(<<$", $,, R/binary>>, Cur, Acc) -> csv(R, <<>>, [Cur | Acc]);
quoted(<<$">>, Cur, Acc) -> lists:reverse([Cur | Acc]);
quoted(<<C, R/binary>>, Cur, Acc) -> quoted(R, <<Cur/binary, C>>, Acc).

%% IPv4 header-ish
ip(<<4:4, IHL:4, _Tos, Len:16, _Id:16, _Flags:3, Frag:13, TTL, Proto, _Sum:16,
     A1, A2, A3, A4, B1, B2, B3, B4, _/binary>>) ->
    {v4, IHL, Len, Frag, TTL, Proto, {A1, A2, A3, A4}, {B1, B2, B3, B4}};
ip(_) -> bad.

%% integer parsing from a binary of digits
atoi(<<"-", R/binary>>) -> -atoi(R, 0);
atoi(R) -> atoi(R, 0).
atoi(<<D, R/binary>>, Acc) when D >= $0, D =< $9 -> atoi(R, Acc * 10 + D - $0);
atoi(<<>>, Acc) -> Acc.

%% base64-ish encoding (no padding) with local alphabet
b64(Bin) -> << <<(ch(X))>> || <<X:6>> <= pad(Bin) >>.
pad(Bin) -> case bit_size(Bin) rem 6 of 0 -> Bin; R -> <<Bin/bits, 0:(6 - R)>> end.
ch(X) when X < 26 -> $A + X;
ch(X) when X < 52 -> $a + X - 26;
ch(X) when X < 62 -> $0 + X - 52;
ch(62) -> $+;
ch(63) -> $/.

start() ->
    Ns = [?I(N) || N <- [0, 1, 127, 128, 300, 16384, 1 bsl 35, (1 bsl 64) - 1]],
    [
     [enc_varint(N) || N <- Ns],
     [element(1, dec_varint(enc_varint(N))) || N <- Ns] =:= Ns,
     dec_varint(?I(<<172, 2, 99>>)),
     t(fun() -> dec_varint(?I(<<128>>)) end),
     enc_tlv(?I([{1, <<"abc">>}, {2, <<>>}, {255, <<0, 0>>}])),
     dec_tlv(enc_tlv(?I([{1, <<"abc">>}, {2, <<>>}, {255, <<0, 0>>}]))),
     t(fun() -> dec_tlv(?I(<<1, 0, 5, "abc">>)) end),
     csv(?I(<<"a,b,,\"q,\"\"x\"\"\",end">>)),
     csv(?I(<<>>)),
     csv(?I(<<",">>)),
     ip(?I(<<16#45, 0, 0, 60, 0, 1, 16#40, 0, 64, 6, 0, 0, 10, 0, 0, 1, 192, 168, 1, 254, "payload">>)),
     ip(?I(<<16#65, 0>>)),
     [atoi(?I(B)) || B <- [<<"0">>, <<"42">>, <<"-17">>, <<"123456789012345678901234567890">>]],
     t(fun() -> atoi(?I(<<"12x">>)) end),
     [b64(?I(B)) || B <- [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"Many hands make light work.">>]]
    ].
