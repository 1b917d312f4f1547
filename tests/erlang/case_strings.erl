-module(case_strings).
-export([start/0, id/1]).

id(X) -> X.

cmd("GET " ++ Path) -> {get, Path};
cmd("POST " ++ Path) -> {post, Path};
cmd("DELETE" ++ _) -> delete;
cmd("" ++ Other) when Other =:= "" -> empty;
cmd([$# | Comment]) -> {comment, Comment};
cmd([C | _] = S) when C >= $0, C =< $9 -> {number, list_to_integer(S)};
cmd(S) -> {unknown, S}.

ext(Name) ->
    case lists:reverse(Name) of
        "lre." ++ R -> {erlang, lists:reverse(R)};
        "lrh." ++ R -> {header, lists:reverse(R)};
        "maeb." ++ R -> {beam, lists:reverse(R)};
        _ -> none
    end.

trim_left([$\s | T]) -> trim_left(T);
trim_left([$\t | T]) -> trim_left(T);
trim_left(S) -> S.

is_prefix([], _) -> true;
is_prefix([C | A], [C | B]) -> is_prefix(A, B);
is_prefix(_, _) -> false.

kv(S) -> kv(S, []).
kv("=" ++ V, K) -> {lists:reverse(K), V};
kv([C | T], K) -> kv(T, [C | K]);
kv([], K) -> {lists:reverse(K), undefined}.

start() ->
    [
     [cmd(?MODULE:id(S)) || S <- ["GET /index", "POST /api", "DELETE /x", "DELETEALL", "", "#hi",
                                  "42", "007", "get /lower", "GET", "GET "]],
     [ext(?MODULE:id(S)) || S <- ["mod.erl", "inc.hrl", "x.beam", "noext", ".erl", "a.b.erl"]],
     trim_left(?MODULE:id("  \t  text  ")),
     [is_prefix(?MODULE:id(A), ?MODULE:id(B)) || {A, B} <- [{"ab", "abc"}, {"abc", "ab"}, {"", "x"}, {"x", ""}]],
     [kv(?MODULE:id(S)) || S <- ["key=value", "k=", "=v", "novalue", "a=b=c"]],
     case ?MODULE:id("héllo") of "h" ++ [E | Rest] -> {E, Rest} end,
     case ?MODULE:id([1, 2, 3]) of [1, 2] ++ T -> T end
    ].
