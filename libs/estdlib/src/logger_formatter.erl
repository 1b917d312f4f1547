%% logger_formatter: turns a log event into text following a template, as OTP's default
%% formatter does (templates, single_line, legacy_header, report callbacks). Times are
%% printed in UTC.
-module(logger_formatter).

-export([format/2, check_config/1]).

format(#{level := Level, msg := Msg, meta := Meta}, Config0) when is_map(Config0) ->
    Config = maps:merge(defaults(Config0), Config0),
    Template = case maps:find(template, Config0) of
                   {ok, T} -> T;
                   error ->
                       case maps:get(legacy_header, Config) of
                           true -> [[logger_formatter, header], "\n", msg, "\n"];
                           false -> [time, " ", level, ": ", msg, "\n"]
                       end
               end,
    Meta1 = case maps:get(legacy_header, Config) of
                true -> Meta#{logger_formatter => #{header => flat(header(Level, Meta), [])}};
                false -> Meta
            end,
    [do_format(Level, Msg, Meta1, Template, Config)].

flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc.

defaults(Config) ->
    #{legacy_header => false,
      single_line => not maps:get(legacy_header, Config, false),
      report_cb => undefined, time_offset => "", time_designator => $T,
      depth => unlimited, chars_limit => unlimited, max_size => unlimited}.

check_config(Config) when is_map(Config) -> ok;
check_config(Config) -> {error, {invalid_formatter_config, logger_formatter, Config}}.

do_format(Level, Msg, Meta, [Item | Rest], Config) ->
    [item(Item, Level, Msg, Meta, Config) | do_format(Level, Msg, Meta, Rest, Config)];
do_format(_, _, _, [], _) ->
    [].

item(level, Level, _, _, _) -> atom_to_list(Level);
item(msg, _, Msg, Meta, Config) -> msg(Msg, Meta, Config);
item(time, _, _, Meta, Config) -> time(maps:get(time, Meta, logger:timestamp()), Config);
item(Key, _, _, Meta, Config) when is_atom(Key) ->
    case maps:find(Key, Meta) of
        {ok, V} -> value(Key, V, Config);
        error -> ""
    end;
item(Keys, _, _, Meta, Config) when is_list(Keys), Keys =/= [], is_atom(hd(Keys)) ->
    case nested(Keys, Meta) of
        {ok, V} -> value(last(Keys), V, Config);
        error -> ""
    end;
item({Key, IfExist, Else}, Level, Msg, Meta, Config) ->
    Found = case Key of
                K when is_atom(K) -> maps:is_key(K, Meta);
                Ks when is_list(Ks) -> nested(Ks, Meta) =/= error
            end,
    Sub = case Found of true -> IfExist; false -> Else end,
    do_format(Level, Msg, Meta, Sub, Config);
item(Chars, _, _, _, _) when is_list(Chars); is_binary(Chars) ->
    Chars.

last([K]) -> K;
last([_ | Ks]) -> last(Ks).

nested([K], Map) when is_map(Map) -> maps:find(K, Map);
nested([K | Ks], Map) when is_map(Map) ->
    case maps:find(K, Map) of
        {ok, Sub} -> nested(Ks, Sub);
        error -> error
    end;
nested(_, _) -> error.

value(time, T, Config) when is_integer(T) -> time(T, Config);
value(mfa, {M, F, A}, _) when is_atom(M), is_atom(F), is_integer(A) ->
    io_lib:format("~tw:~tw/~w", [M, F, A]);
value(_, V, _) when is_list(V) ->
    case io_lib:printable_unicode_list(V) of
        true -> V;
        false -> io_lib:format("~tp", [V])
    end;
value(_, V, _) when is_atom(V) -> atom_to_list(V);
value(_, V, _) when is_binary(V) -> V;
value(_, V, _) when is_integer(V) -> integer_to_list(V);
value(_, V, Config) -> io_lib:format(p(Config), [V]).

p(#{single_line := true}) -> "~0tp";
p(_) -> "~tp".

msg({string, S}, _, Config) ->
    single(S, Config);
msg({report, Report}, Meta, Config) ->
    Cb = case maps:get(report_cb, Config) of
             undefined -> maps:get(report_cb, Meta, undefined);
             C -> C
         end,
    Text = case Cb of
               F when is_function(F, 1) ->
                   case catch F(Report) of
                       {Fmt, Args} when is_list(Args) -> format(Fmt, Args, Config);
                       _ -> io_lib:format("~tp", [Report])
                   end;
               F when is_function(F, 2) ->
                   catch F(Report, #{depth => maps:get(depth, Config),
                                     chars_limit => maps:get(chars_limit, Config),
                                     single_line => maps:get(single_line, Config)});
               _ ->
                   {Fmt, Args} = logger:format_report(Report),
                   format(Fmt, Args, Config)
           end,
    single(Text, Config);
msg({Fun, FunArgs}, Meta, Config) when is_function(Fun, 1) ->
    case catch Fun(FunArgs) of
        {Fmt, Args} when is_list(Args) -> msg({Fmt, Args}, Meta, Config);
        {report, R} -> msg({report, R}, Meta, Config);
        S when is_list(S); is_binary(S) -> msg({string, S}, Meta, Config);
        Other -> io_lib:format("~tp", [Other])
    end;
msg({Fmt, Args}, _, Config) ->
    single(format(Fmt, Args, Config), Config).

format(Fmt, Args, #{single_line := true}) ->
    try
        io_lib:build_text([zero_width(C) || C <- io_lib:scan_format(Fmt, Args)])
    catch
        _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [Fmt, Args])
    end;
format(Fmt, Args, _) ->
    try io_lib:format(Fmt, Args)
    catch _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [Fmt, Args])
    end.

zero_width(#{control_char := C, width := none} = M) when C =:= $p; C =:= $P ->
    M#{width => 0};
zero_width(C) ->
    C.

%% single_line: newlines (and the blanks after them) become ", ".
single(Text, #{single_line := true}) ->
    Cs = case unicode:characters_to_list(Text) of
             L when is_list(L) -> L;
             _ -> Text
         end,
    join_lines(trim_trailing_newlines(Cs));
single(Text, _) ->
    Text.

join_lines([$\n | Rest]) -> [$,, $\s | join_lines(skip_blanks(Rest))];
join_lines([C | Rest]) -> [C | join_lines(Rest)];
join_lines([]) -> [].

skip_blanks([C | Rest]) when C =:= $\s; C =:= $\t; C =:= $\n -> skip_blanks(Rest);
skip_blanks(Rest) -> Rest.

trim_trailing_newlines(Cs) ->
    lists:reverse(skip_blanks(lists:reverse(Cs))).

%% ---- time ----

%% RFC 3339 with microseconds, e.g. 2024-05-06T07:08:09.123456+00:00.
time(Us, Config) ->
    {{Y, Mo, D}, {H, Mi, S}, Frac} = utc(Us),
    Offset = case maps:get(time_offset, Config, "") of
                 "" -> "+00:00";
                 "Z" -> "Z";
                 O when is_list(O) -> O;
                 _ -> "+00:00"
             end,
    Designator = maps:get(time_designator, Config, $T),
    io_lib:format("~4..0w-~2..0w-~2..0w~c~2..0w:~2..0w:~2..0w.~6..0w~s",
                  [Y, Mo, D, Designator, H, Mi, S, Frac, Offset]).

%% The legacy header: =LEVEL REPORT==== 6-May-2024::07:08:09.123456 ===
header(Level, Meta) ->
    {{Y, Mo, D}, {H, Mi, S}, Frac} = utc(maps:get(time, Meta, logger:timestamp())),
    io_lib:format("=~ts==== ~w-~ts-~4..0w::~2..0w:~2..0w:~2..0w.~6..0w ===",
                  [report_type(Level, Meta), D, month(Mo), Y, H, Mi, S, Frac]).

report_type(Level, Meta) ->
    case Meta of
        #{error_logger := #{type := crash_report}} -> "CRASH REPORT";
        #{error_logger := #{type := supervisor_report}} -> "SUPERVISOR REPORT";
        #{error_logger := #{type := progress}} -> "PROGRESS REPORT";
        _ -> upper(atom_to_list(Level)) ++ " REPORT"
    end.

upper([C | Cs]) when C >= $a, C =< $z -> [C - 32 | upper(Cs)];
upper([C | Cs]) -> [C | upper(Cs)];
upper([]) -> [].

month(M) ->
    element(M, {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}).

%% Microseconds since the epoch to UTC date, time and microseconds.
utc(Us) ->
    Secs = Us div 1000000,
    Frac = Us rem 1000000,
    Days = Secs div 86400,
    Rem = Secs rem 86400,
    {civil(Days), {Rem div 3600, (Rem rem 3600) div 60, Rem rem 60}, Frac}.

%% Days since 1970-01-01 to {Y, M, D} (proleptic Gregorian calendar).
civil(Days) ->
    Z = Days + 719468,
    Era = (if Z >= 0 -> Z; true -> Z - 146096 end) div 146097,
    Doe = Z - Era * 146097,
    Yoe = (Doe - Doe div 1460 + Doe div 36524 - Doe div 146096) div 365,
    Y = Yoe + Era * 400,
    Doy = Doe - (365 * Yoe + Yoe div 4 - Yoe div 100),
    Mp = (5 * Doy + 2) div 153,
    D = Doy - (153 * Mp + 2) div 5 + 1,
    M = if Mp < 10 -> Mp + 3; true -> Mp - 9 end,
    {if M =< 2 -> Y + 1; true -> Y end, M, D}.
