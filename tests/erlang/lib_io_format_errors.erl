-module(lib_io_format_errors).
-export([start/0, id/1]).

id(X) -> X.

f(Fmt, Args) ->
    try io_lib:format(?MODULE:id(Fmt), ?MODULE:id(Args)) of
        _ -> ok
    catch C:R -> {C, R}
    end.

start() ->
    [f("~w", []), f("~w", [a, b]), f("~q", [a]), f("~", []), f("~5", [a]), f("~.", []),
     f("~s", [1]), f("~s", [[a]]), f("~s", [["ab" | cd]]), f("~s", [[256]]), f("~s", [<<1:3>>]),
     f("~b", [1.0]), f("~.1b", [1]), f("~.37b", [1]), f("~e", [3]), f("~f", [3]), f("~g", [3]),
     f("~.0f", [1.0]), f("~.1e", [1.0]), f("~.0g", [1.0]), f("~c", [a]), f("~c~c", [$a]),
     f("~P", [a, x]), f("~W", [a]), f("~x", [1]), f("~.16x", [255, <<"0x">>]), f("~-10p", [a]),
     f([$a, "~w"], [x]), f([$a | b], []), f(123, []), f("~*w", [a, b]), f("~.*f", [x, 1.0]),
     f("~w", a), f("~s", ['ő']),
     f("~w ~s", [x, "ok"])].
