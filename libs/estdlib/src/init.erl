%% The init module: boots the library and starts the application.
%%
%% As the AtomVM manual describes, an application is started at start/0 of its entry
%% module (the first module of the package that exports start/0). The VM runs
%% init:boot([Module]) in the first process: it boots the library (the console I/O
%% server, which the VM starts before, is the group leader of every process; boot/1
%% records the boot arguments) and then tail-calls Module:start(), whose result or
%% exception is the first process's.
%%
%% The rest follows OTP's init API as far as a VM without command-line flags, boot
%% scripts or distribution allows: get_argument/1 finds no flag, get_arguments/0 and
%% get_plain_arguments/0 return the arguments after the module, stop/0,1 and reboot/0
%% halt the VM (asynchronously, as in OTP: the caller gets ok), restart/0 halts too.
-module(init).

-export([boot/1, get_argument/1, get_arguments/0, get_plain_arguments/0, get_status/0,
         stop/0, stop/1, reboot/0, restart/0, restart/1, script_id/0,
         notify_when_started/1, wait_until_started/0, ensure_loaded/1, fetch_loaded/0,
         objfile_extension/0, archive_extension/0, code_path_choice/0,
         run_on_load_handlers/0]).

-define(KEY, {?MODULE, boot_args}).

%% boot([Module | Args]): boots, then runs Module:start().
boot([Module | Args]) when is_atom(Module) ->
    persistent_term:put(?KEY, {Module, Args}),
    Module:start().

get_argument(Flag) when is_atom(Flag) -> error;
get_argument(Flag) -> error(badarg, [Flag]).

get_arguments() -> [].

get_plain_arguments() ->
    case persistent_term:get(?KEY, undefined) of
        {_, Args} -> [to_string(A) || A <- Args];
        undefined -> []
    end.

to_string(A) when is_atom(A) -> atom_to_list(A);
to_string(B) when is_binary(B) -> binary_to_list(B);
to_string(L) -> L.

get_status() -> {started, started}.

stop() -> stop(0).

stop(Status) when is_integer(Status), Status >= 0; Status =:= abort ->
    halt_soon(Status);
stop(Status) when is_list(Status) ->
    case io_lib:printable_list(Status) of
        true -> halt_soon(Status);
        false -> error(badarg, [Status])
    end;
stop(Status) ->
    error(badarg, [Status]).

reboot() -> halt_soon(0).

restart() -> halt_soon(0).

restart(Opts) when is_list(Opts) -> halt_soon(0);
restart(Opts) -> error(badarg, [Opts]).

%% The VM is booted once init:boot/1 runs: nothing to wait for.
notify_when_started(_Pid) -> started.

wait_until_started() -> ok.

ensure_loaded(Module) -> code:ensure_loaded(Module).

%% The loaded modules and where they came from (this VM does not record files).
fetch_loaded() -> code:all_loaded().

objfile_extension() -> ".beam".

archive_extension() -> ".ez".

code_path_choice() -> relaxed.

run_on_load_handlers() -> ok.

script_id() -> {"AtomVM", "0.1"}.

halt_soon(Status) ->
    _ = spawn(fun() -> erlang:halt(Status) end),
    ok.
