%% The parts of OTP 25's binary module that are written in Erlang here; the rest
%% (split, match, matches, replace, part, copy, at, first, last, bin_to_list,
%% list_to_bin, decode/encode_unsigned, longest_common_prefix/suffix,
%% referenced_byte_size, compile_pattern) are BIFs of the VM (rust/core/src/bif/binary.rs),
%% which stay native for remote calls.
-module(binary).

-export([encode_hex/1, decode_hex/1]).

%% encode_hex(Bin): the bytes of Bin as upper-case hexadecimal digits (OTP 24+).
encode_hex(Bin) when is_binary(Bin) ->
    << <<(hex(B bsr 4)), (hex(B band 15))>> || <<B>> <= Bin >>;
encode_hex(Bin) ->
    error(badarg, [Bin]).

hex(N) when N < 10 -> $0 + N;
hex(N) -> $A - 10 + N.

%% decode_hex(Bin): the bytes a hexadecimal binary of even length (either case) stands for.
decode_hex(Bin) when is_binary(Bin), byte_size(Bin) rem 2 =:= 0 ->
    try
        << <<(unhex(H)):4, (unhex(L)):4>> || <<H, L>> <= Bin >>
    catch
        error:badarg -> error(badarg, [Bin])
    end;
decode_hex(Bin) ->
    error(badarg, [Bin]).

unhex(C) when C >= $0, C =< $9 -> C - $0;
unhex(C) when C >= $a, C =< $f -> C - $a + 10;
unhex(C) when C >= $A, C =< $F -> C - $A + 10;
unhex(_) -> error(badarg).
