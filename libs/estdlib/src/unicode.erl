%% The parts of OTP 25's unicode module that are written in Erlang here. The
%% conversions (characters_to_list/1,2, characters_to_binary/1,2,3, bom_to_encoding/1,
%% encoding_to_bom/1) are BIFs of the VM (rust/core/src/bif/unicode.rs), which stay
%% native for remote calls.
%%
%% The normalisation functions characters_to_nfd_list/1, characters_to_nfd_binary/1
%% and their nfc, nfkd and nfkc variants normalise one grapheme cluster at a time with
%% unicode_norm (whose tables, unicode_norm_data, are generated from OTP 25's
%% unicode_util: Unicode 14.0), as OTP does, and give OTP's results: the same
%% {error, Converted, RestData} for invalid UTF-8 (Converted being what was normalised
%% before the cluster holding the bad bytes) and badarg for what is not chardata.
-module(unicode).

-export([bin_is_7bit/1, characters_to_binary_int/2, characters_to_list_int/2]).
-export([characters_to_nfd_list/1, characters_to_nfd_binary/1,
         characters_to_nfc_list/1, characters_to_nfc_binary/1,
         characters_to_nfkd_list/1, characters_to_nfkd_binary/1,
         characters_to_nfkc_list/1, characters_to_nfkc_binary/1]).

%% Clusters normalised between two conversions to UTF-8 in the binary functions.
-define(GC_N, 200).

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

%%% Normalisation

characters_to_nfd_list(CD) -> to_list(nfd, CD).
characters_to_nfc_list(CD) -> to_list(nfc, CD).
characters_to_nfkd_list(CD) -> to_list(nfkd, CD).
characters_to_nfkc_list(CD) -> to_list(nfkc, CD).

characters_to_nfd_binary(CD) -> to_binary(nfd, CD).
characters_to_nfc_binary(CD) -> to_binary(nfc, CD).
characters_to_nfkd_binary(CD) -> to_binary(nfkd, CD).
characters_to_nfkc_binary(CD) -> to_binary(nfkc, CD).

to_list(Form, CD) ->
    try
        to_list(Form, CD, [])
    catch
        %% Running out of memory is not the caller's fault: system_limit stays.
        error:R when R =/= system_limit -> erlang:error(badarg, [CD])
    end.

to_list(Form, CD, Acc) ->
    case unicode_norm:Form(CD) of
        [GC | Str] when is_list(GC) -> to_list(Form, Str, lists:reverse(GC, Acc));
        [CP | Str] -> to_list(Form, Str, [CP | Acc]);
        [] -> lists:reverse(Acc);
        {error, Error} -> {error, lists:reverse(Acc), Error}
    end.

to_binary(Form, CD) ->
    try
        to_binary(Form, CD, ?GC_N, [], [])
    catch
        %% Running out of memory is not the caller's fault: system_limit stays.
        error:R when R =/= system_limit -> erlang:error(badarg, [CD])
    end.

%% Row: the clusters since the last conversion (reversed); Acc: the converted binaries
%% (reversed). Invalid code points make the conversion return an error tuple, which
%% list_to_binary/1 then refuses (badarg), as in OTP.
to_binary(Form, CD, N, Row, Acc) when N > 0 ->
    case unicode_norm:Form(CD) of
        [GC | Str] -> to_binary(Form, Str, N - 1, [GC | Row], Acc);
        [] -> acc_to_binary(row_to_acc(Row, Acc));
        {error, Error} -> {error, acc_to_binary(row_to_acc(Row, Acc)), Error}
    end;
to_binary(Form, CD, _, Row, Acc) ->
    to_binary(Form, CD, ?GC_N, [], row_to_acc(Row, Acc)).

acc_to_binary(Acc) -> list_to_binary(lists:reverse(Acc)).

row_to_acc(Row, Acc) -> [unicode:characters_to_binary(lists:reverse(Row)) | Acc].
