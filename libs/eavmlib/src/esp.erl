%% esp: AtomVM's non-volatile storage functions (the seeds' API), on any platform with
%% a store: Zephyr's settings subsystem (CONFIG_ATOMVM_NVS), a file on the host runner
%% (ATOMVM_NVS_FILE, else memory only). Namespaces and keys are atoms or binaries of at
%% most 15 characters; values are binaries. The 1-argument forms use the namespace
%% atomvm. Both spellings of the seeds are provided: nvs_set_binary/3 and set_binary/3,
%% nvs_get_binary/2,3 and get_binary/2,3, and so on. Without a store the calls return
%% {error, unsupported} (the getters their default).
-module(esp).

-export([nvs_get_binary/1, nvs_get_binary/2, nvs_get_binary/3, nvs_fetch_binary/2,
         nvs_set_binary/2, nvs_set_binary/3, nvs_put_binary/3, nvs_erase_key/1,
         nvs_erase_key/2, nvs_erase_all/0, nvs_erase_all/1, nvs_reformat/0,
         get_binary/2, get_binary/3, set_binary/3, erase_key/2, erase_all/1, reformat/0]).

-define(NS, atomvm).

nvs_get_binary(Key) -> nvs_get_binary(?NS, Key, undefined).

nvs_get_binary(Namespace, Key) -> nvs_get_binary(Namespace, Key, undefined).

nvs_get_binary(Namespace, Key, Default) ->
    case esp:'$nvs_get'(Namespace, Key) of
        {ok, Value} -> Value;
        _ -> Default
    end.

%% {ok, Value} or {error, not_found}.
nvs_fetch_binary(Namespace, Key) ->
    case esp:'$nvs_get'(Namespace, Key) of
        {ok, _} = Ok -> Ok;
        not_found -> {error, not_found};
        Error -> Error
    end.

nvs_set_binary(Key, Value) -> nvs_set_binary(?NS, Key, Value).

nvs_set_binary(Namespace, Key, Value) when is_binary(Value) ->
    %% Writing an unchanged value would only wear the flash.
    case esp:'$nvs_get'(Namespace, Key) of
        {ok, Value} -> ok;
        _ -> esp:'$nvs_set'(Namespace, Key, Value)
    end;
nvs_set_binary(Namespace, Key, Value) ->
    erlang:error(badarg, [Namespace, Key, Value]).

nvs_put_binary(Namespace, Key, Value) -> nvs_set_binary(Namespace, Key, Value).

nvs_erase_key(Key) -> nvs_erase_key(?NS, Key).

nvs_erase_key(Namespace, Key) -> esp:'$nvs_erase'(Namespace, Key).

nvs_erase_all() -> nvs_erase_all(?NS).

nvs_erase_all(Namespace) -> esp:'$nvs_erase_all'(Namespace).

nvs_reformat() -> esp:'$nvs_reformat'().

get_binary(Namespace, Key) -> nvs_get_binary(Namespace, Key).

get_binary(Namespace, Key, Default) -> nvs_get_binary(Namespace, Key, Default).

set_binary(Namespace, Key, Value) -> nvs_set_binary(Namespace, Key, Value).

erase_key(Namespace, Key) -> nvs_erase_key(Namespace, Key).

erase_all(Namespace) -> nvs_erase_all(Namespace).

reformat() -> nvs_reformat().
