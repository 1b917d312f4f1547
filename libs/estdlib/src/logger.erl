%% logger: OTP's logging API. The configuration lives in a process registered as `logger`
%% (started on first use); a log call sends its event there and waits, and the process
%% filters it by level and hands it to each handler's Module:log(LogEvent, Config). The
%% default handler, `default` (logger_std_h with logger_formatter), prints on the console
%% like OTP's default handler.
-module(logger).

-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, allow/2, macro_log/3, macro_log/4, macro_log/5,
         add_handler/3, remove_handler/1, get_handler_config/0, get_handler_config/1,
         set_handler_config/2, set_handler_config/3, update_handler_config/2,
         update_handler_config/3, get_handler_ids/0,
         get_primary_config/0, set_primary_config/1, set_primary_config/2,
         update_primary_config/1, add_primary_filter/2, remove_primary_filter/1,
         add_handler_filter/3, remove_handler_filter/2,
         set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1, get_config/0,
         set_process_metadata/1, update_process_metadata/1, get_process_metadata/0,
         unset_process_metadata/0, compare_levels/2, timestamp/0, format_report/1,
         i/0]).

%% The logger process.
-export([server_init/1]).

-export_type([level/0, metadata/0, log_event/0, report/0, handler_config/0,
              primary_config/0, formatter_config/0]).

-type level() :: emergency | alert | critical | error | warning | notice | info | debug.
-type metadata() :: #{atom() => term()}.
-type report() :: map() | [{term(), term()}].
-type log_event() :: #{level := level(), msg := term(), meta := metadata()}.
-type handler_config() :: map().
-type primary_config() :: map().
-type formatter_config() :: map().

-define(PDICT_META, '$logger_metadata$').

%% ---- logging ----

emergency(X) -> log(emergency, X).
emergency(X, Y) -> log(emergency, X, Y).
emergency(X, Y, Z) -> log(emergency, X, Y, Z).
alert(X) -> log(alert, X).
alert(X, Y) -> log(alert, X, Y).
alert(X, Y, Z) -> log(alert, X, Y, Z).
critical(X) -> log(critical, X).
critical(X, Y) -> log(critical, X, Y).
critical(X, Y, Z) -> log(critical, X, Y, Z).
error(X) -> log(error, X).
error(X, Y) -> log(error, X, Y).
error(X, Y, Z) -> log(error, X, Y, Z).
warning(X) -> log(warning, X).
warning(X, Y) -> log(warning, X, Y).
warning(X, Y, Z) -> log(warning, X, Y, Z).
notice(X) -> log(notice, X).
notice(X, Y) -> log(notice, X, Y).
notice(X, Y, Z) -> log(notice, X, Y, Z).
info(X) -> log(info, X).
info(X, Y) -> log(info, X, Y).
info(X, Y, Z) -> log(info, X, Y, Z).
debug(X) -> log(debug, X).
debug(X, Y) -> log(debug, X, Y).
debug(X, Y, Z) -> log(debug, X, Y, Z).

%% log(Level, StringOrReport) | log(Level, Format, Args) | log(Level, Report, Meta) |
%% log(Level, Fun, FunArgs) | log(Level, Format, Args, Meta) | log(Level, Fun, FunArgs, Meta)
log(Level, StringOrReport) ->
    do_log(Level, msg(StringOrReport), #{}).

log(Level, Format, Args) when is_list(Args), not is_function(Format) ->
    case is_map(Format) orelse is_report_list(Format) of
        true -> do_log(Level, {report, Format}, #{});
        false -> do_log(Level, {Format, Args}, #{})
    end;
log(Level, Fun, FunArgs) when is_function(Fun, 1) ->
    do_log(Level, {Fun, FunArgs}, #{});
log(Level, StringOrReport, Meta) when is_map(Meta) ->
    do_log(Level, msg(StringOrReport), Meta).

log(Level, Fun, FunArgs, Meta) when is_function(Fun, 1) ->
    do_log(Level, {Fun, FunArgs}, Meta);
log(Level, Format, Args, Meta) ->
    do_log(Level, {Format, Args}, Meta).

is_report_list([{_, _} | _] = L) -> not io_lib:printable_list(L);
is_report_list(_) -> false.

msg(S) when is_map(S) -> {report, S};
msg(S) ->
    case is_report_list(S) of
        true -> {report, S};
        false -> {string, S}
    end.

allow(Level, Module) ->
    case level_int(Level) of
        error -> erlang:error(badarg, [Level, Module]);
        _ -> call({allow, Level, Module})
    end.

macro_log(Location, Level, StringOrReport) ->
    do_log(Level, msg(StringOrReport), Location).

macro_log(Location, Level, Fun, FunArgs) when is_function(Fun, 1) ->
    do_log(Level, {Fun, FunArgs}, Location);
macro_log(Location, Level, Format, Args) when is_list(Args), not is_map(Format) ->
    case is_report_list(Format) of
        true -> do_log(Level, {report, Format}, Location);
        false -> do_log(Level, {Format, Args}, Location)
    end;
macro_log(Location, Level, StringOrReport, Meta) when is_map(Meta) ->
    do_log(Level, msg(StringOrReport), maps:merge(Location, Meta)).

macro_log(Location, Level, Fun, FunArgs, Meta) when is_function(Fun, 1) ->
    do_log(Level, {Fun, FunArgs}, maps:merge(Location, Meta));
macro_log(Location, Level, Format, Args, Meta) ->
    do_log(Level, {Format, Args}, maps:merge(Location, Meta)).

do_log(Level, Msg, Meta0) ->
    case level_int(Level) of
        error -> erlang:error(badarg, [Level, Msg]);
        _ ->
            Meta = maps:merge(default_meta(), maps:merge(proc_meta(), Meta0)),
            call({log, Level, Msg, Meta})
    end.

default_meta() ->
    #{pid => self(), gl => group_leader(), time => timestamp()}.

proc_meta() ->
    case get(?PDICT_META) of
        M when is_map(M) -> M;
        _ -> #{}
    end.

%% ---- configuration ----

add_handler(Id, Module, Config) when is_atom(Id), is_atom(Module), is_map(Config) ->
    call({add_handler, Id, Module, Config});
add_handler(Id, Module, Config) ->
    {error, {badarg, [Id, Module, Config]}}.

remove_handler(Id) -> call({remove_handler, Id}).

get_handler_config() -> call(get_handler_configs).

get_handler_config(Id) -> call({get_handler_config, Id}).

get_handler_ids() -> [maps:get(id, C) || C <- get_handler_config()].

set_handler_config(Id, Config) when is_map(Config) -> call({set_handler_config, Id, Config}).

set_handler_config(Id, Key, Value) -> call({update_handler_config, Id, #{Key => Value}}).

update_handler_config(Id, Config) when is_map(Config) -> call({update_handler_config, Id, Config}).

update_handler_config(Id, Key, Value) -> call({update_handler_config, Id, #{Key => Value}}).

add_handler_filter(Id, FilterId, Filter) -> call({add_handler_filter, Id, FilterId, Filter}).

remove_handler_filter(Id, FilterId) -> call({remove_handler_filter, Id, FilterId}).

get_primary_config() -> call(get_primary_config).

set_primary_config(Config) when is_map(Config) -> call({set_primary_config, Config}).

set_primary_config(level, Level) ->
    case level_int(Level) =/= error orelse Level =:= all orelse Level =:= none of
        true -> call({update_primary_config, #{level => Level}});
        false -> {error, {invalid_level, Level}}
    end;
set_primary_config(Key, Value) -> call({update_primary_config, #{Key => Value}}).

update_primary_config(Config) when is_map(Config) -> call({update_primary_config, Config}).

add_primary_filter(FilterId, Filter) -> call({add_primary_filter, FilterId, Filter}).

remove_primary_filter(FilterId) -> call({remove_primary_filter, FilterId}).

set_module_level(Module, Level) when is_atom(Module) -> set_module_level([Module], Level);
set_module_level(Modules, Level) when is_list(Modules) -> call({set_module_level, Modules, Level}).

unset_module_level() -> call(unset_module_level).

unset_module_level(Module) when is_atom(Module) -> unset_module_level([Module]);
unset_module_level(Modules) when is_list(Modules) -> call({unset_module_level, Modules}).

get_module_level() -> call(get_module_level).

get_module_level(Module) when is_atom(Module) -> get_module_level([Module]);
get_module_level(Modules) when is_list(Modules) ->
    [ML || {M, _} = ML <- get_module_level(), lists:member(M, Modules)].

get_config() ->
    #{primary => get_primary_config(), handlers => get_handler_config(),
      module_levels => get_module_level()}.

i() ->
    io:format("~tp~n", [get_config()]).

set_process_metadata(Meta) when is_map(Meta) -> put(?PDICT_META, Meta), ok.

update_process_metadata(Meta) when is_map(Meta) ->
    put(?PDICT_META, maps:merge(proc_meta(), Meta)), ok.

get_process_metadata() ->
    case get(?PDICT_META) of
        M when is_map(M) -> M;
        _ -> undefined
    end.

unset_process_metadata() -> erase(?PDICT_META), ok.

compare_levels(A, B) ->
    case {level_int(A), level_int(B)} of
        {error, _} -> erlang:error(badarg, [A, B]);
        {_, error} -> erlang:error(badarg, [A, B]);
        {X, X} -> eq;
        {X, Y} when X < Y -> gt;
        _ -> lt
    end.

%% Microseconds since the epoch (what metadata 'time' holds).
timestamp() -> erlang:system_time(microsecond).

%% {Format, Args} for a report: one "    Key: Value" line per item.
format_report(Report) when is_map(Report) ->
    format_report(maps:to_list(Report));
format_report(Report) when is_list(Report) ->
    case is_report_list(Report) of
        true -> report_lines(Report, [], []);
        false -> {"~tp", [Report]}
    end;
format_report(Report) ->
    {"~tp", [Report]}.

report_lines([{K, V}], Fmt, Args) ->
    {lists:reverse(Fmt, "    " ++ key_format(K) ++ ": " ++ value_format(V)),
     lists:reverse(Args, [K, V])};
report_lines([{K, V} | Rest], Fmt, Args) ->
    Line = "    " ++ key_format(K) ++ ": " ++ value_format(V) ++ "~n",
    report_lines(Rest, lists:reverse(Line, Fmt), [V, K | Args]).

key_format(K) when is_atom(K) -> "~tw";
key_format(_) -> "~tp".

value_format(V) ->
    case io_lib:printable_list(V) of
        true -> "~ts";
        false -> "~tp"
    end.

sort([]) -> [];
sort([P | Rest]) -> sort([X || X <- Rest, X < P]) ++ [P] ++ sort([X || X <- Rest, X >= P]).

level_int(emergency) -> 0;
level_int(alert) -> 1;
level_int(critical) -> 2;
level_int(error) -> 3;
level_int(warning) -> 4;
level_int(notice) -> 5;
level_int(info) -> 6;
level_int(debug) -> 7;
level_int(_) -> error.

%% ---- the logger process ----

call(Request) ->
    Pid = server(),
    Ref = erlang:monitor(process, Pid),
    Pid ! {'$logger', self(), Ref, Request},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            {error, noproc}
    end.

server() ->
    case whereis(logger) of
        undefined ->
            Parent = self(),
            Pid = spawn(?MODULE, server_init, [Parent]),
            receive
                {Pid, started} -> Pid;
                {Pid, already_started, Other} -> Other
            end;
        Pid ->
            Pid
    end.

server_init(Parent) ->
    try register(logger, self()) of
        true ->
            Parent ! {self(), started},
            %% The logger's own output goes to the console server.
            case whereis(user) of
                undefined -> ok;
                User -> group_leader(User, self())
            end,
            Default = #{id => default, module => logger_std_h, level => all,
                        filter_default => log, filters => [],
                        formatter => {logger_formatter, #{legacy_header => true,
                                                          single_line => false}},
                        config => #{type => standard_io}},
            server_loop(#{primary => #{level => notice, filter_default => log,
                                       filters => [], metadata => #{}},
                          handlers => [Default], module_levels => #{}})
    catch
        error:badarg ->
            Parent ! {self(), already_started, whereis(logger)}
    end.

server_loop(St) ->
    receive
        {'$logger', From, Ref, Request} ->
            {Reply, St1} = handle(Request, St),
            From ! {Ref, Reply},
            server_loop(St1);
        _ ->
            server_loop(St)
    end.

handle({log, Level, Msg, Meta}, St) ->
    Module = case Meta of
                 #{mfa := {M, _, _}} -> M;
                 _ -> undefined
             end,
    case allowed(Level, Module, St) of
        true ->
            Event0 = #{level => Level, msg => Msg, meta => Meta},
            #{primary := P} = St,
            case apply_filters(maps:get(filters, P, []), maps:get(filter_default, P, log), Event0) of
                stop -> ok;
                Event -> run_handlers(Event, maps:get(handlers, St))
            end;
        false ->
            ok
    end,
    {ok, St};
handle({allow, Level, Module}, St) ->
    {allowed(Level, Module, St), St};
handle({add_handler, Id, Module, Config0}, #{handlers := Hs} = St) ->
    case [H || #{id := I} = H <- Hs, I =:= Id] of
        [_ | _] -> {{error, {already_exist, Id}}, St};
        [] ->
            Config1 = maps:merge(#{level => all, filter_default => log, filters => [],
                                   formatter => {logger_formatter, #{}}, config => #{}},
                                 Config0),
            Config = Config1#{id => Id, module => Module},
            case adding_handler(Module, Config) of
                {ok, Config2} -> {ok, St#{handlers := Hs ++ [Config2]}};
                Error -> {Error, St}
            end
    end;
handle({remove_handler, Id}, #{handlers := Hs} = St) ->
    case [H || #{id := I} = H <- Hs, I =:= Id] of
        [] -> {{error, {not_found, Id}}, St};
        [#{module := M} = H | _] ->
            _ = case erlang:function_exported(M, removing_handler, 1) of
                    true -> catch M:removing_handler(H);
                    false -> ok
                end,
            {ok, St#{handlers := [X || #{id := I} = X <- Hs, I =/= Id]}}
    end;
handle(get_handler_configs, #{handlers := Hs} = St) ->
    {Hs, St};
handle({get_handler_config, Id}, #{handlers := Hs} = St) ->
    case [H || #{id := I} = H <- Hs, I =:= Id] of
        [H | _] -> {{ok, H}, St};
        [] -> {{error, {not_found, Id}}, St}
    end;
handle({set_handler_config, Id, Config}, St) ->
    update_handler(Id, fun(H) -> Config#{id => Id, module => maps:get(module, H)} end, St);
handle({update_handler_config, Id, Config}, St) ->
    update_handler(Id, fun(H) -> maps:merge(H, maps:without([id, module], Config)) end, St);
handle({add_handler_filter, Id, FId, Filter}, St) ->
    update_handler(Id, fun(H) -> H#{filters => [{FId, Filter} | maps:get(filters, H, [])]} end, St);
handle({remove_handler_filter, Id, FId}, St) ->
    update_handler(Id, fun(H) -> H#{filters => [F || {I, _} = F <- maps:get(filters, H, []), I =/= FId]} end, St);
handle(get_primary_config, #{primary := P} = St) ->
    {P, St};
handle({set_primary_config, Config}, St) ->
    {ok, St#{primary := maps:merge(#{level => notice, filter_default => log, filters => [],
                                     metadata => #{}}, Config)}};
handle({update_primary_config, Config}, #{primary := P} = St) ->
    {ok, St#{primary := maps:merge(P, Config)}};
handle({add_primary_filter, FId, Filter}, #{primary := P} = St) ->
    {ok, St#{primary := P#{filters => [{FId, Filter} | maps:get(filters, P, [])]}}};
handle({remove_primary_filter, FId}, #{primary := P} = St) ->
    {ok, St#{primary := P#{filters => [F || {I, _} = F <- maps:get(filters, P, []), I =/= FId]}}};
handle({set_module_level, Modules, Level}, #{module_levels := ML} = St) ->
    {ok, St#{module_levels := maps:merge(ML, maps:from_list([{M, Level} || M <- Modules]))}};
handle(unset_module_level, St) ->
    {ok, St#{module_levels := #{}}};
handle({unset_module_level, Modules}, #{module_levels := ML} = St) ->
    {ok, St#{module_levels := maps:without(Modules, ML)}};
handle(get_module_level, #{module_levels := ML} = St) ->
    {sort(maps:to_list(ML)), St};
handle(_, St) ->
    {{error, badarg}, St}.

update_handler(Id, Fun, #{handlers := Hs} = St) ->
    case [H || #{id := I} = H <- Hs, I =:= Id] of
        [] -> {{error, {not_found, Id}}, St};
        _ -> {ok, St#{handlers := [case I of Id -> Fun(H); _ -> H end || #{id := I} = H <- Hs]}}
    end.

adding_handler(Module, Config) ->
    case erlang:function_exported(Module, adding_handler, 1) orelse
        (code_loaded(Module) andalso erlang:function_exported(Module, adding_handler, 1)) of
        true ->
            case catch Module:adding_handler(Config) of
                {ok, C} when is_map(C) -> {ok, C};
                {error, _} = E -> E;
                Other -> {error, {callback_crashed, Other}}
            end;
        false ->
            {ok, Config}
    end.

%% Loads a module by calling its module_info (function_exported/3 only sees loaded ones).
code_loaded(Module) ->
    case catch Module:module_info(module) of
        Module -> true;
        _ -> false
    end.

allowed(Level, Module, #{primary := P, module_levels := ML}) ->
    Limit = case maps:find(Module, ML) of
                {ok, L} -> L;
                error -> maps:get(level, P, notice)
            end,
    at_least(Level, Limit).

at_least(_, all) -> true;
at_least(_, none) -> false;
at_least(Level, Limit) -> level_int(Level) =< level_int(Limit).

apply_filters([], _, Event) ->
    Event;
apply_filters([{_Id, {Fun, Arg}} | Fs], Default, Event) ->
    case catch Fun(Event, Arg) of
        stop -> stop;
        ignore -> apply_filters(Fs, Default, Event);
        #{level := _, msg := _, meta := _} = E -> apply_filters(Fs, Default, E);
        _ -> apply_filters(Fs, Default, Event)
    end.

run_handlers(_, []) ->
    ok;
run_handlers(#{level := Level} = Event, [#{module := M} = H | Hs]) ->
    case at_least(Level, maps:get(level, H, all)) of
        true ->
            case apply_filters(maps:get(filters, H, []), maps:get(filter_default, H, log), Event) of
                stop -> ok;
                E -> catch M:log(E, H)
            end;
        false ->
            ok
    end,
    run_handlers(Event, Hs).
