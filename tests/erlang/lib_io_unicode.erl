-module(lib_io_unicode).
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
    U = [1024, 337, $a, 233],
    B = <<"åäö ő"/utf8>>,
    [f("~ts|~s", [U, "é"]), f("~ts", [B]), f("~s", [B]), f("~ts", [<<200>>]),
     f("~tp ~p", [U, U]), f("~tp ~p", [B, B]), f("~tp", [<<"äö"/utf8>>]), f("~p", [<<"äö"/utf8>>]),
     f("~tp ~tw ~p ~w", ['ő', 'ő', 'ő', 'ő']), f("~tc~c", [1024, 1024 + $a]),
     f("~10ts|~-10ts|~.2ts|", [U, U, U]), f("~tP", [<<"åäöåäöåäöåäö"/utf8>>, 3]),
     f("~tP", [<<"ab", 16#151/utf8, "cdefgh">>, 3]), f("~P", [<<"ab", 16#151/utf8, "cdefgh">>, 4]),
     f("~ts", [[<<"a">>, [16#1F600], "é"]]), f("~tp", [[<<"é"/utf8>>, "é", 'é']]),
     f("~tp", [{<<16#1F600/utf8>>, [16#1F600]}]), f("~s", [[1024]]),
     io_lib:format("~ts", [U]) =:= [U] orelse flat(io_lib:format("~ts", [U]))].
