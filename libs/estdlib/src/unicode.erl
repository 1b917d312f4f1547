%% The parts of OTP 25's unicode module that are written in Erlang here. The
%% conversions (characters_to_list/1,2, characters_to_binary/1,2,3, bom_to_encoding/1,
%% encoding_to_bom/1) are BIFs of the VM (rust/core/src/bif/unicode.rs), which stay
%% native for remote calls.
%%
%% Not provided: the normalization functions characters_to_nfc_list/1,
%% characters_to_nfc_binary/1 and their nfd, nfkc and nfkd variants, which need the
%% Unicode character database (several hundred kilobytes of tables).
-module(unicode).

-export([bin_is_7bit/1, characters_to_binary_int/2, characters_to_list_int/2]).

%% bin_is_7bit(Bin): true if Bin is a binary of bytes below 128 only.
bin_is_7bit(Bin) when is_binary(Bin) -> is_7bit(Bin);
bin_is_7bit(_) -> false.

is_7bit(<<C, Rest/binary>>) when C < 128 -> is_7bit(Rest);
is_7bit(<<>>) -> true;
is_7bit(_) -> false.

%% The helpers OTP's conversion BIFs trap to; exported by OTP, so provided too.
characters_to_binary_int(Data, InEncoding) ->
    unicode:characters_to_binary(Data, InEncoding, unicode).

characters_to_list_int(Data, InEncoding) ->
    unicode:characters_to_list(Data, InEncoding).
