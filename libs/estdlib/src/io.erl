%% io: the client side of the Erlang I/O protocol. Every function sends its request to an
%% I/O device (by default the group leader, which the VM sets to the console server) and
%% waits for the reply, as OTP's io does, so custom group leaders work the same way.
-module(io).

-export([put_chars/1, put_chars/2, nl/0, nl/1, format/1, format/2, format/3,
         fwrite/1, fwrite/2, fwrite/3, write/1, write/2, get_line/1, get_line/2,
         get_chars/2, get_chars/3, getopts/0, getopts/1, setopts/1, setopts/2,
         columns/0, columns/1, rows/0, rows/1, request/1, request/2, requests/1,
         requests/2, printable_range/0, read/1, read/2, read/3, scan_erl_exprs/1,
         scan_erl_exprs/2, scan_erl_exprs/3]).

-export_type([device/0, format/0]).

-type device() :: atom() | pid().
-type format() :: atom() | string() | binary().

put_chars(Chars) ->
    put_chars(default_output(), Chars).

put_chars(Io, Chars) ->
    %% Characters go as a UTF-8 binary, anything else as it is (the server judges it).
    Data = try unicode:characters_to_binary(Chars) of
               B when is_binary(B) -> B;
               _ -> Chars
           catch
               _:_ -> Chars
           end,
    o_request(Io, {put_chars, unicode, Data}, [Io, Chars]).

nl() ->
    nl(default_output()).

nl(Io) ->
    o_request(Io, {put_chars, unicode, "\n"}, [Io]).

format(Format) ->
    format(Format, []).

format(Format, Args) ->
    format(default_output(), Format, Args).

format(Io, Format, Args) ->
    o_request(Io, {put_chars, unicode, io_lib, format, [Format, Args]}, [Io, Format, Args]).

fwrite(Format) ->
    format(Format, []).

fwrite(Format, Args) ->
    format(Format, Args).

fwrite(Io, Format, Args) ->
    format(Io, Format, Args).

write(Term) ->
    write(default_output(), Term).

write(Io, Term) ->
    o_request(Io, {put_chars, unicode, io_lib, write, [Term]}, [Io, Term]).

get_line(Prompt) ->
    get_line(default_input(), Prompt).

get_line(Io, Prompt) ->
    request(Io, {get_line, unicode, Prompt}).

get_chars(Prompt, N) ->
    get_chars(default_input(), Prompt, N).

get_chars(Io, Prompt, N) when is_integer(N), N >= 0 ->
    request(Io, {get_chars, unicode, Prompt, N}).

getopts() ->
    getopts(default_input()).

getopts(Io) ->
    request(Io, getopts).

setopts(Opts) ->
    setopts(default_input(), Opts).

setopts(Io, Opts) ->
    request(Io, {setopts, Opts}).

columns() ->
    columns(default_output()).

columns(Io) ->
    case request(Io, {get_geometry, columns}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

rows() ->
    rows(default_output()).

rows(Io) ->
    case request(Io, {get_geometry, rows}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

printable_range() ->
    latin1.

%% ---- the protocol ----

%% Reads one term ending with a dot from the input: {ok, Term}, {error, ErrorInfo} or eof.
read(Prompt) ->
    read(default_input(), Prompt).

read(Io, Prompt) ->
    case read(Io, Prompt, 1) of
        {ok, Term, _EndLine} -> {ok, Term};
        {error, Error, _EndLine} -> {error, Error};
        {eof, _EndLine} -> eof;
        Other -> Other
    end.

read(Io, Prompt, Line) ->
    case scan_erl_exprs(Io, Prompt, Line) of
        {ok, Tokens, EndLine} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Term} -> {ok, Term, EndLine};
                {error, Error} -> {error, Error, EndLine}
            end;
        Other ->
            Other
    end.

%% Reads tokens up to a dot (erl_scan:tokens/3 as the collector).
scan_erl_exprs(Prompt) ->
    scan_erl_exprs(default_input(), Prompt).

scan_erl_exprs(Io, Prompt) ->
    scan_erl_exprs(Io, Prompt, 1).

scan_erl_exprs(Io, Prompt, Line) ->
    request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Line]}).

request(Request) ->
    request(default_output(), Request).

request(Io, Request) ->
    case device(Io) of
        {ok, Pid} -> execute(Pid, Request);
        error -> {error, arguments}
    end.

requests(Requests) ->
    requests(default_output(), Requests).

requests(Io, Requests) ->
    request(Io, {requests, Requests}).

%% An output request: errors become badarg in the caller, as in OTP.
o_request(Io, Request, Args) ->
    case request(Io, Request) of
        {error, _} -> erlang:error(badarg, Args);
        Reply -> Reply
    end.

default_output() -> group_leader().

default_input() -> group_leader().

device(standard_io) -> {ok, group_leader()};
device(Pid) when is_pid(Pid) -> {ok, Pid};
device(Name) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> error;
        Pid -> {ok, Pid}
    end;
device({Name, Node}) when is_atom(Name), Node =:= node() -> device(Name);
device(_) -> error.

execute(Pid, Request) when Pid =:= self() ->
    %% No I/O server: a process that is its own group leader writes to the console itself.
    {Reply, _} = console_io:handle_request(Request, console_io_state()),
    Reply;
execute(Pid, Request) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            receive
                {'EXIT', Pid, _} -> ok
            after 0 -> ok
            end,
            {error, terminated}
    end.

console_io_state() ->
    %% console_io's initial state record: {st, Buf, AtEof, Binary, Encoding}.
    {st, [], false, false, unicode}.
