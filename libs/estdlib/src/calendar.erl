%% The calendar module of OTP 25: the proleptic Gregorian calendar, counted from
%% year 0 (days and seconds), with ISO week numbers and RFC 3339 time stamps.
%%
%% Local time comes from the erlang:localtime/0 family of BIFs; the VM knows no time
%% zone, so on it local time is UTC.
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1, day_of_the_week/1, day_of_the_week/3,
         gregorian_days_to_date/1, gregorian_seconds_to_datetime/1, is_leap_year/1,
         iso_week_number/0, iso_week_number/1, last_day_of_the_month/2, local_time/0,
         local_time_to_universal_time/1, local_time_to_universal_time/2,
         local_time_to_universal_time_dst/1, now_to_datetime/1, now_to_local_time/1,
         now_to_universal_time/1, rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1, system_time_to_local_time/2,
         system_time_to_rfc3339/1, system_time_to_rfc3339/2,
         system_time_to_universal_time/2, time_difference/2, time_to_seconds/1,
         universal_time/0, universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-compile({nowarn_deprecated_function, [{calendar, time_difference, 2}]}).

-define(SECONDS_PER_DAY, 86400).
-define(DAYS_FROM_0_TO_1970, 719528).
-define(SECONDS_FROM_0_TO_1970, (?DAYS_FROM_0_TO_1970 * ?SECONDS_PER_DAY)).

%%% Days and dates

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(D), D > 0 ->
    Last = last_day_of_the_month(Y, M),
    if
        D =< Last -> days_before_year(Y) + days_before_month(Y, M) + D - 1
    end.

%% Days from 0-01-01 to Y-01-01 (year 0 is a leap year).
days_before_year(Y) when Y =< 0 -> 0;
days_before_year(Y) ->
    X = Y - 1,
    X div 4 - X div 100 + X div 400 + X * 365 + 366.

days_before_month(Y, M) -> days_before_month(M) + leap_extra(Y, M).

days_before_month(M) ->
    element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}).

leap_extra(Y, M) when M > 2 ->
    case is_leap_year(Y) of
        true -> 1;
        false -> 0
    end;
leap_extra(_, _) -> 0.

gregorian_days_to_date(Days) when is_integer(Days), Days >= 0 ->
    Y = year_of_day(Days),
    DayOfYear = Days - days_before_year(Y),
    {M, D} = month_day(Y, DayOfYear, 1),
    {Y, M, D}.

%% The year containing day Days (an estimate, then corrected).
year_of_day(Days) ->
    fix_year(Days, Days * 400 div 146097).

fix_year(Days, Y) ->
    case days_before_year(Y) of
        B when B > Days -> fix_year(Days, Y - 1);
        _ ->
            case days_before_year(Y + 1) =< Days of
                true -> fix_year(Days, Y + 1);
                false -> Y
            end
    end.

month_day(Y, DayOfYear, M) ->
    Last = last_day_of_the_month(Y, M),
    if
        DayOfYear < Last -> {M, DayOfYear + 1};
        true -> month_day(Y, DayOfYear - Last, M + 1)
    end.

datetime_to_gregorian_seconds({Date, Time}) ->
    ?SECONDS_PER_DAY * date_to_gregorian_days(Date) + time_to_seconds(Time).

gregorian_seconds_to_datetime(Secs) when is_integer(Secs), Secs >= 0 ->
    Days = Secs div ?SECONDS_PER_DAY,
    Rest = Secs rem ?SECONDS_PER_DAY,
    {gregorian_days_to_date(Days), seconds_to_time(Rest)}.

day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

%% 1 = Monday ... 7 = Sunday.
day_of_the_week(Y, M, D) -> (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    (Y rem 4 =:= 0 andalso Y rem 100 =/= 0) orelse Y rem 400 =:= 0.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 -> last_day_of_the_month1(Y, M).

last_day_of_the_month1(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
last_day_of_the_month1(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        false -> 28
    end;
last_day_of_the_month1(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M > 0 andalso M < 13 andalso D > 0 andalso
        D =< last_day_of_the_month(Y, M).

%% ISO 8601 weeks start on Monday; week 1 holds the year's first Thursday.
iso_week_number() -> iso_week_number(erlang:date()).

iso_week_number({Y, M, D}) ->
    Days = date_to_gregorian_days(Y, M, D),
    Thursday = Days - day_of_the_week(Y, M, D) + 4,
    {TY, _, _} = gregorian_days_to_date(Thursday),
    {TY, (Thursday - date_to_gregorian_days(TY, 1, 1)) div 7 + 1}.

%%% Time of day

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_time(Secs) when is_integer(Secs), Secs >= 0, Secs < ?SECONDS_PER_DAY ->
    {Secs div 3600, Secs rem 3600 div 60, Secs rem 60}.

seconds_to_daystime(Secs) ->
    Days = floor_div(Secs, ?SECONDS_PER_DAY),
    {Days, seconds_to_time(Secs - Days * ?SECONDS_PER_DAY)}.

time_difference({{_, _, _}, {_, _, _}} = T1, {{_, _, _}, {_, _, _}} = T2) ->
    seconds_to_daystime(datetime_to_gregorian_seconds(T2) - datetime_to_gregorian_seconds(T1)).

floor_div(A, B) when A >= 0 -> A div B;
floor_div(A, B) -> -((-A + B - 1) div B).

%%% The current time and time conversions

local_time() -> erlang:localtime().

universal_time() -> erlang:universaltime().

local_time_to_universal_time(DateTime) -> erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) ->
    erlang:localtime_to_universaltime(DateTime, IsDst).

%% The universal times the local time can stand for: [], [UTC] or [UTCDst, UTC].
local_time_to_universal_time_dst(DateTime) ->
    UtDst = erlang:localtime_to_universaltime(DateTime, true),
    Ut = erlang:localtime_to_universaltime(DateTime, false),
    LtDst = erlang:universaltime_to_localtime(UtDst),
    Lt = erlang:universaltime_to_localtime(Ut),
    if
        LtDst =:= DateTime, Lt =:= DateTime, UtDst =/= Ut -> [UtDst, Ut];
        Lt =:= DateTime -> [Ut];
        LtDst =:= DateTime -> [UtDst];
        true -> []
    end.

universal_time_to_local_time(DateTime) -> erlang:universaltime_to_localtime(DateTime).

now_to_datetime({MegaSecs, Secs, _MicroSecs}) ->
    gregorian_seconds_to_datetime(MegaSecs * 1000000 + Secs + ?SECONDS_FROM_0_TO_1970).

now_to_universal_time(Now) -> now_to_datetime(Now).

now_to_local_time(Now) -> universal_time_to_local_time(now_to_universal_time(Now)).

system_time_to_universal_time(Time, Unit) ->
    Secs = erlang:convert_time_unit(Time, Unit, second),
    gregorian_seconds_to_datetime(Secs + ?SECONDS_FROM_0_TO_1970).

system_time_to_local_time(Time, Unit) ->
    universal_time_to_local_time(system_time_to_universal_time(Time, Unit)).

%%% RFC 3339

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

%% As OTP's: the seconds are the time truncated toward zero and the fraction its
%% absolute remainder (so times before 1970 with a fraction read one second late);
%% native time is shown in milliseconds.
system_time_to_rfc3339(Time, Options) when is_integer(Time) ->
    Unit = proplists:get_value(unit, Options, second),
    Designator = proplists:get_value(time_designator, Options, $T),
    PerSec = erlang:convert_time_unit(1, second, Unit),
    {OffsetStr, OffsetSecs} =
        case proplists:get_value(offset, Options, local) of
            local ->
                Utc = system_time_to_universal_time(Time, Unit),
                Local = universal_time_to_local_time(Utc),
                Off = datetime_to_gregorian_seconds(Local) - datetime_to_gregorian_seconds(Utc),
                {offset_string(Off), Off};
            "Z" -> {"Z", 0};
            "z" -> {"z", 0};
            Int when is_integer(Int) ->
                Off = erlang:convert_time_unit(Int, Unit, second),
                {offset_string(Off), Off};
            [Sign, H1, H2, $:, M1, M2] = Str when Sign =:= $+; Sign =:= $- ->
                Off = (list_to_integer([H1, H2]) * 3600 + list_to_integer([M1, M2]) * 60),
                {Str, case Sign of $+ -> Off; $- -> -Off end}
        end,
    LocalTime = Time + OffsetSecs * PerSec,
    Secs = LocalTime div PerSec,
    {Frac, FracPerSec} =
        case Unit of
            native -> {erlang:convert_time_unit(abs(LocalTime rem PerSec), native, millisecond), 1000};
            _ -> {abs(LocalTime rem PerSec), PerSec}
        end,
    GSecs = Secs + ?SECONDS_FROM_0_TO_1970,
    GSecs >= 0 orelse erlang:error({badarg, [Time, Options]}),
    {{Y, Mo, D}, {H, Mi, S}} = gregorian_seconds_to_datetime(GSecs),
    Y =< 9999 orelse erlang:error({badarg, [Time, Options]}),
    pad(4, Y) ++ "-" ++ pad(2, Mo) ++ "-" ++ pad(2, D) ++ [Designator] ++
        pad(2, H) ++ ":" ++ pad(2, Mi) ++ ":" ++ pad(2, S) ++
        fraction(Frac, FracPerSec) ++ OffsetStr.

offset_string(Secs) ->
    Sign = case Secs < 0 of true -> $-; false -> $+ end,
    A = abs(Secs),
    [Sign] ++ pad(2, A div 3600) ++ ":" ++ pad(2, A rem 3600 div 60).

pad(N, I) ->
    S = integer_to_list(I),
    lists:duplicate(N - length(S), $0) ++ S.

%% The fraction as digits for the unit (3 for milliseconds and so on).
fraction(_, 1) -> "";
fraction(Frac, PerSec) -> [$. | pad(length(integer_to_list(PerSec)) - 1, Frac)].

rfc3339_to_system_time(DateTimeString) -> rfc3339_to_system_time(DateTimeString, []).

rfc3339_to_system_time(DateTimeString, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T, H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] =
        DateTimeString,
    DateTime = {{list_to_integer([Y1, Y2, Y3, Y4]), list_to_integer([Mo1, Mo2]),
                 list_to_integer([D1, D2])},
                {list_to_integer([H1, H2]), list_to_integer([Mi1, Mi2]),
                 list_to_integer([S1, S2])}},
    {FracDigits, OffsetStr} = lists:splitwith(fun(C) -> C =/= $Z andalso C =/= $z andalso
                                                          C =/= $+ andalso C =/= $- end, Rest),
    [_ | _] = OffsetStr,
    OffsetSecs = parse_offset(OffsetStr),
    Secs = datetime_to_gregorian_seconds(DateTime) - ?SECONDS_FROM_0_TO_1970 - OffsetSecs,
    PerSec = erlang:convert_time_unit(1, second, Unit),
    Secs * PerSec + parse_fraction(FracDigits, PerSec).

parse_offset([Z]) when Z =:= $Z; Z =:= $z -> 0;
parse_offset([Sign, H1, H2, $:, M1, M2]) ->
    Off = list_to_integer([H1, H2]) * 3600 + list_to_integer([M1, M2]) * 60,
    case Sign of
        $+ -> Off;
        $- -> -Off
    end.

%% ".123" in the unit, rounded as OTP's (with seconds the fraction is dropped).
parse_fraction("", _) -> 0;
parse_fraction(_, 1) -> 0;
parse_fraction([$. | Digits], PerSec) -> round(list_to_float("0." ++ Digits) * PerSec).
