-module(lib_io_format_basic).
-export([start/0, id/1]).

id(X) -> X.

f(Fmt, Args) ->
    try flat(io_lib:format(?MODULE:id(Fmt), ?MODULE:id(Args)))
    catch C:R -> {C, R}
    end.

flat(L) -> flat(L, []).
flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc.

start() ->
    [f("~w ~w ~w ~w", [abc, 42, -7, 1.5]),
     f("~s|~5s|~-5s|~.2s|~5.2s|~5.2.xs|~-5.2.xs|", ["ab", "ab", "ab", "abc", "abc", "abc", "abc"]),
     f("~s ~s ~s ~s", [abc, <<"bin">>, [$a, [$b, <<"c">>] | <<"d">>], "x"]),
     f("~c|~5c|~5.2c|~-5.2c|~c", [$a, $b, $c, $d, 256 + $e]),
     f("~b ~.2b ~.16b ~.16B ~.36B ~.8b", [255, 5, 255, 255, 123456789, -8]),
     f("~.16x ~.16X ~.10x ~.2#  ~.16# ~.16+", [255, "0x", 255, "0X", -5, abc, 5, 255, 255]),
     f("~10b|~-10b|~10.2.0b|~3b|~.10.*b", [42, 42, 5, 12345, $x, 7]),
     f("~i~w~n~~", [ignored, shown]),
     f("~*w|~-*w|~*.*w|~*w|", [5, a, 5, b, 6, 2, abcdef, -4, c]),
     f("~5w|~-5w|~.2w|~3.1w|~5.3.0w|", [abcdefgh, ab, abcdef, 1234, 7]),
     f("~p ~p ~p", ["abc", [1, 2, 3], <<"abc">>]),
     f("~lp ~w ~P ~W", ["abc", "abc", [1, 2, 3, 4], 3, {1, 2, 3}, 2]),
     f("~5~|~3n|~.2~", []),
     f(abc, []),
     f(<<"bin ~w">>, [fmt]),
     f("a~pb", [[1, 2]]),
     f("~10p|~.5p|~-p", [x, y, z]),
     f("~w ~w ~w ~w", [self() =:= self(), [], {}, #{}]),
     f("~w", [#{a => 1, b => [2]}]),
     f("~p", [#{a => 1, "s" => <<"b">>, {t} => [x]}]),
     f("~w ~p", [<<1, 2, 3:4>>, <<97, 98, 1:2>>]),
     f("~w ~w ~w", [[1 | 2], [a, b | c], [[]]]),
     f("~w ~p", [12345678901234567890123, -98765432109876543210]),
     f("~8.3.*w|", [$., 1])].
