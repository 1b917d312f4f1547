%% The base64 module of OTP 25 (RFC 4648 standard alphabet, padded).
%%
%% decode/1 accepts whitespace (space, tab, CR, LF) anywhere and requires correct
%% padding; mime_decode/1 skips every character outside the alphabet and stops at the
%% padding. Malformed input raises an error, as in OTP; the reason (badarg,
%% function_clause) may differ from OTP's for some malformed inputs.
-module(base64).

-export([encode/1, encode_to_string/1, decode/1, decode_to_string/1, mime_decode/1,
         mime_decode_to_string/1]).

encode(Bin) when is_binary(Bin) -> encode_bin(Bin, <<>>);
encode(List) when is_list(List) -> encode_bin(list_to_binary(List), <<>>).

encode_to_string(Data) -> binary_to_list(encode(Data)).

encode_bin(<<A:6, B:6, C:6, D:6, Rest/binary>>, Acc) ->
    encode_bin(Rest, <<Acc/binary, (enc(A)), (enc(B)), (enc(C)), (enc(D))>>);
encode_bin(<<A:6, B:6, C:4>>, Acc) -> <<Acc/binary, (enc(A)), (enc(B)), (enc(C bsl 2)), $=>>;
encode_bin(<<A:6, B:2>>, Acc) -> <<Acc/binary, (enc(A)), (enc(B bsl 4)), $=, $=>>;
encode_bin(<<>>, Acc) -> Acc.

enc(V) when V < 26 -> $A + V;
enc(V) when V < 52 -> $a + V - 26;
enc(V) when V < 62 -> $0 + V - 52;
enc(62) -> $+;
enc(63) -> $/.

dec(C) when C >= $A, C =< $Z -> C - $A;
dec(C) when C >= $a, C =< $z -> C - $a + 26;
dec(C) when C >= $0, C =< $9 -> C - $0 + 52;
dec($+) -> 62;
dec($/) -> 63;
dec(_) -> bad.

decode(Data) when is_binary(Data) -> decode_chars(binary_to_list(Data));
decode(Data) when is_list(Data) -> decode_chars(Data).

decode_to_string(Data) -> binary_to_list(decode(Data)).

mime_decode(Data) when is_binary(Data) -> mime_chars(binary_to_list(Data));
mime_decode(Data) when is_list(Data) -> mime_chars(Data).

mime_decode_to_string(Data) -> binary_to_list(mime_decode(Data)).

%% Strict: whitespace is skipped, anything else outside the alphabet is an error.
decode_chars(Chars) ->
    Vals = [case C of
                $= -> pad;
                _ ->
                    case dec(C) of
                        bad -> erlang:error(badarg);
                        V -> V
                    end
            end || C <- Chars, C =/= $\s, C =/= $\t, C =/= $\r, C =/= $\n],
    decode_vals(Vals, <<>>).

%% MIME: characters outside the alphabet are skipped; the first padding ends the data.
mime_chars(Chars) ->
    decode_vals(mime_vals(Chars, 0), <<>>).

%% N: how many values so far; a padding completes the last group.
mime_vals([$= | _], N) -> lists:duplicate((4 - N rem 4) rem 4, pad);
mime_vals([C | T], N) ->
    case dec(C) of
        bad -> mime_vals(T, N);
        V -> [V | mime_vals(T, N + 1)]
    end;
mime_vals([], _) -> [].

decode_vals([A, B, C, D | T], Acc) when is_integer(A), is_integer(B), is_integer(C), is_integer(D) ->
    decode_vals(T, <<Acc/binary, A:6, B:6, C:6, D:6>>);
decode_vals([A, B, C, pad], Acc) when is_integer(A), is_integer(B), is_integer(C) ->
    <<Acc/binary, A:6, B:6, (C bsr 2):4>>;
decode_vals([A, B, pad, pad], Acc) when is_integer(A), is_integer(B) ->
    <<Acc/binary, A:6, (B bsr 4):2>>;
decode_vals([], Acc) -> Acc.

