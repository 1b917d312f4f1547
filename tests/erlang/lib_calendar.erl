-module(lib_calendar).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    Dates = ?MODULE:id([{1, 1, 4}, {1, 1, 1}, {1970, 1, 1}, {2000, 2, 29}, {2020, 12, 31}, {2021, 1, 1},
                        {2026, 12, 31}, {1900, 3, 1}, {2400, 2, 29}, {9999, 12, 31}]),
    {[{calendar:date_to_gregorian_days(D), calendar:day_of_the_week(D), calendar:iso_week_number(D),
       calendar:gregorian_days_to_date(calendar:date_to_gregorian_days(D)) =:= D} || D <- Dates],
     calendar:date_to_gregorian_days(2000, 1, 1), calendar:datetime_to_gregorian_seconds({{2000, 1, 1}, {1, 2, 3}}),
     calendar:gregorian_seconds_to_datetime(63113907723), calendar:gregorian_days_to_date(0),
     [calendar:is_leap_year(Y) || Y <- [1900, 2000, 2004, 2100, 0]],
     [calendar:last_day_of_the_month(2023, M) || M <- lists:seq(1, 12)], calendar:last_day_of_the_month(2024, 2),
     calendar:seconds_to_daystime(100000), calendar:seconds_to_daystime(-100), calendar:seconds_to_time(3661),
     calendar:time_to_seconds({1, 1, 1}), calendar:valid_date({2000, 2, 29}), calendar:valid_date(2001, 2, 29),
     calendar:valid_date(2001, 13, 1), calendar:now_to_datetime({1000, 2, 3}),
     calendar:now_to_universal_time({1234, 567890, 12}),
     calendar:system_time_to_universal_time(1000000000, second),
     calendar:system_time_to_universal_time(1000000000123, millisecond),
     calendar:system_time_to_universal_time(-1, second),
     calendar:system_time_to_rfc3339(1000000000, [{unit, second}, {offset, "Z"}]),
     calendar:system_time_to_rfc3339(1000000000123, [{unit, millisecond}, {offset, "+02:00"}]),
     calendar:system_time_to_rfc3339(1000000000123456, [{unit, microsecond}, {offset, 0}, {time_designator, $\s}]),
     calendar:system_time_to_rfc3339(-1500, [{unit, millisecond}, {offset, "Z"}]),
     calendar:rfc3339_to_system_time("2001-09-09T01:46:40Z"),
     calendar:rfc3339_to_system_time("2001-09-09T01:46:40.123+02:00", [{unit, millisecond}]),
     calendar:rfc3339_to_system_time("2001-09-09 01:46:40.123456-01:30", [{unit, nanosecond}]),
     calendar:rfc3339_to_system_time("2001-09-09T01:46:40.9999999Z", [{unit, millisecond}]),
     is_tuple(calendar:local_time()), is_tuple(calendar:universal_time()),
     calendar:local_time_to_universal_time_dst({{2020, 6, 1}, {12, 0, 0}}),
     ?E(calendar:date_to_gregorian_days({2000, 2, 30})), ?E(calendar:date_to_gregorian_days({2000, 2, 0})),
     ?E(calendar:date_to_gregorian_days(a)), ?E(calendar:gregorian_days_to_date(-1)),
     ?E(calendar:last_day_of_the_month(2024, 13)), ?E(calendar:seconds_to_time(86400)),
     ?E(calendar:valid_date(a)), ?E(calendar:is_leap_year(a)),
     ?E(calendar:system_time_to_rfc3339(253402300800, [{unit, second}, {offset, "Z"}])),
     ?E(calendar:rfc3339_to_system_time("2001-09-09T01:46:40"))}.
