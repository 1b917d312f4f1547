%% io:read/1,2,3 and io:scan_erl_exprs through a group leader of the test's own that
%% answers get_until requests from canned text, handed to the collector (erl_scan:tokens)
%% in small pieces: terms over several lines and chunks, several terms in a row, errors,
%% and eof.
-module(lib_io_read).
-export([start/0]).

start() ->
    Text = "{a, \"b\",\n [1,2|3]}. foo.\n#{k => <<1,2>>}.  bar baz. 'q\nx'. \"open",
    Io = spawn_link(fun() -> server(Text) end),
    R1 = io:read(Io, "> "),
    R2 = io:read(Io, ""),
    R3 = io:read(Io, "", 5),
    R4 = io:read(Io, ""),
    R5 = io:scan_erl_exprs(Io, ""),
    R6 = io:read(Io, ""),
    R7 = io:read(Io, ""),
    {R1, R2, R3, R4, R5, R6, R7}.

%% A minimal I/O server: get_until with the data in chunks of 7 characters.
server(Text) ->
    receive
        {io_request, From, Ref, {get_until, _Enc, _Prompt, M, F, Xs}} ->
            {Reply, Rest} = collect(M, F, Xs, [], Text),
            From ! {io_reply, Ref, Reply},
            server(Rest);
        {io_request, From, Ref, _} ->
            From ! {io_reply, Ref, {error, request}},
            server(Text)
    end.

collect(M, F, Xs, Cont, Text) ->
    {Chunk, Rest} = case Text of
                        eof -> {eof, eof};
                        [] -> {eof, eof};
                        _ when length(Text) > 7 -> lists:split(7, Text);
                        _ -> {Text, []}
                    end,
    case apply(M, F, [Cont, Chunk | Xs]) of
        {done, Result, Left} ->
            {Result, case Left of eof -> eof; _ -> Left ++ rest(Rest) end};
        {more, Cont1} when Chunk =:= eof ->
            _ = Cont1,
            {eof, eof};
        {more, Cont1} ->
            collect(M, F, Xs, Cont1, Rest)
    end.

rest(eof) -> [];
rest(R) -> R.
