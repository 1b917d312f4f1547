-module(arith_list_to_int_base).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Good = [list_to_integer(?MODULE:id(S)) || S <- ["0", "-0", "+0", "1", "-1", "+17",
              "134217727", "134217728", "-134217729", "576460752303423488",
              "9223372036854775808", "-9223372036854775809",
              "000123", "-000123",
              "123456789012345678901234567890123456789012345678901234567890"]],
    Based = [list_to_integer(?MODULE:id(S), B) || {S, B} <- [
              {"ff", 16}, {"FF", 16}, {"fF", 16}, {"-ff", 16}, {"+7f", 16},
              {"101010", 2}, {"777", 8}, {"zz", 36}, {"ZZ", 36}, {"10", 36},
              {"123", 4}, {"ffffffffffffffff", 16}, {"-8000000000000000", 16},
              {"1" ++ [$0 || _ <- "1234567890123456789012345678901234567890"], 2},
              {"Erlang", 36}]],
    Bins = [binary_to_integer(?MODULE:id(S)) || S <- [<<"42">>, <<"-42">>, <<"+42">>,
              <<"18446744073709551616">>]],
    BinsB = [binary_to_integer(?MODULE:id(S), B) || {S, B} <- [{<<"ff">>, 16}, {<<"-zz">>, 36}, {<<"11">>, 2}]],
    Bad = [t(fun() -> list_to_integer(?MODULE:id(S)) end)
           || S <- ["", "-", "+", "1.0", "1e5", " 1", "1 ", "abc", "12a", "--1", "+-1",
                    [$1 | a], [49, 256], <<"12">>, 12, a]],
    BadB = [t(fun() -> list_to_integer(?MODULE:id(S), ?MODULE:id(B)) end)
            || {S, B} <- [{"2", 2}, {"g", 16}, {"10", 1}, {"10", 37}, {"", 16}, {"z", 35}]],
    BadBin = [t(fun() -> binary_to_integer(?MODULE:id(S)) end) || S <- [<<>>, <<"1.5">>, <<"x">>, "12"]],
    RoundTrip = [list_to_integer(integer_to_list(?MODULE:id(X), B), B) =:= X
                 || X <- [0, -1, 1 bsl 70, -(1 bsl 90) + 7, 987654321], B <- [2, 7, 10, 16, 36]],
    {Good, Based, Bins, BinsB, Bad, BadB, BadBin, RoundTrip}.
