%% logger_std_h: the standard logger handler. Formats each event with the handler's
%% formatter and writes it to the console (config type standard_io or standard_error).
-module(logger_std_h).

-export([adding_handler/1, removing_handler/1, changing_config/3, log/2, filter_config/1]).

adding_handler(Config) ->
    HConfig = maps:get(config, Config, #{}),
    case maps:get(type, HConfig, standard_io) of
        T when T =:= standard_io; T =:= standard_error ->
            {ok, Config#{config => HConfig#{type => T}}};
        Other ->
            {error, {handler_not_added, {invalid_type, Other}}}
    end.

removing_handler(_Config) ->
    ok.

changing_config(_SetOrUpdate, _Old, New) ->
    {ok, New}.

filter_config(Config) ->
    Config.

log(Event, Config) ->
    {FMod, FConfig} = maps:get(formatter, Config, {logger_formatter, #{}}),
    Text = try FMod:format(Event, FConfig)
           catch C:R -> io_lib:format("FORMATTER CRASH: ~tp~n", [{C, R, Event}])
           end,
    Dev = case maps:get(type, maps:get(config, Config, #{}), standard_io) of
              standard_error -> standard_error;
              _ -> user
          end,
    write(Dev, Text).

write(Dev, Text) ->
    Bin = case unicode:characters_to_binary(Text) of
              B when is_binary(B) -> B;
              _ -> iolist_to_binary(io_lib:format("~tp", [Text]))
          end,
    case whereis(Dev) of
        undefined -> console:print(Bin);
        _ -> io:put_chars(Dev, Bin)
    end.
