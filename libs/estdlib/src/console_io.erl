%% The console I/O server: the process registered as `user` (and a second one as
%% `standard_error`) that implements the Erlang I/O protocol on the VM's console.
%%
%% The VM starts it with boot/0 before the first process and makes it the group leader
%% of every process, so io:format/2 and friends print on the console. Output is written
%% with console:print/1 as UTF-8; input comes a line at a time from console:'$read_line'/0
%% (`eof` where the platform has none).
-module(console_io).

-export([boot/0, start_link/0, handle_request/2]).

-record(st, {buf = [] :: [char()], at_eof = false :: boolean(),
             binary = false :: boolean(), encoding = unicode :: latin1 | unicode}).

%% Runs the `user` server in the calling process (the VM registered it), after starting
%% the `standard_error` server.
boot() ->
    case whereis(standard_error) of
        undefined ->
            Err = spawn_link(fun() -> loop(#st{}) end),
            register(standard_error, Err);
        _ ->
            ok
    end,
    loop(#st{}).

%% A new, unregistered console server (for tests or as an extra group leader).
start_link() ->
    {ok, spawn_link(fun() -> loop(#st{}) end)}.

loop(St0) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, St} = handle_request(Request, St0),
            From ! {io_reply, ReplyAs, Reply},
            loop(St);
        _Other ->
            loop(St0)
    end.

%% One request of the I/O protocol: {Reply, NewState}.
handle_request({put_chars, Enc, Chars}, St) ->
    {output(Chars, Enc), St};
handle_request({put_chars, Enc, M, F, A}, St) ->
    try apply(M, F, A) of
        Chars -> {output(Chars, Enc), St}
    catch
        _:_ -> {{error, {put_chars, Enc, M, F, A}}, St}
    end;
handle_request({put_chars, Chars}, St) ->
    handle_request({put_chars, latin1, Chars}, St);
handle_request({put_chars, M, F, A}, St) ->
    handle_request({put_chars, latin1, M, F, A}, St);
handle_request({get_line, Enc, Prompt}, St) ->
    prompt(Prompt),
    get_line(St, Enc);
handle_request({get_line, Prompt}, St) ->
    handle_request({get_line, latin1, Prompt}, St);
handle_request({get_chars, Enc, Prompt, N}, St) ->
    prompt(Prompt),
    get_chars(St, Enc, N);
handle_request({get_chars, Prompt, N}, St) ->
    handle_request({get_chars, latin1, Prompt, N}, St);
handle_request({get_until, Enc, Prompt, M, F, Xs}, St) ->
    prompt(Prompt),
    %% The collector's first continuation is [], as in OTP's I/O protocol.
    get_until(St, Enc, M, F, Xs, []);
handle_request({get_until, Prompt, M, F, Xs}, St) ->
    handle_request({get_until, latin1, Prompt, M, F, Xs}, St);
handle_request(getopts, #st{binary = B, encoding = E} = St) ->
    {[{binary, B}, {encoding, E}, {echo, false}], St};
handle_request({setopts, Opts}, St) when is_list(Opts) ->
    setopts(Opts, St);
handle_request({get_geometry, _}, St) ->
    {{error, enotsup}, St};
handle_request({requests, Reqs}, St) when is_list(Reqs) ->
    requests(Reqs, {ok, St});
handle_request(_, St) ->
    {{error, request}, St}.

requests([], Acc) ->
    Acc;
requests([R | Rs], {_, St0}) ->
    case handle_request(R, St0) of
        {{error, _}, _} = Err -> Err;
        Res -> requests(Rs, Res)
    end.

setopts([], St) -> {ok, St};
setopts([binary | Os], St) -> setopts(Os, St#st{binary = true});
setopts([list | Os], St) -> setopts(Os, St#st{binary = false});
setopts([{binary, B} | Os], St) when is_boolean(B) -> setopts(Os, St#st{binary = B});
setopts([{encoding, E} | Os], St) when E =:= latin1; E =:= unicode; E =:= utf8 ->
    setopts(Os, St#st{encoding = case E of latin1 -> latin1; _ -> unicode end});
setopts([{echo, _} | Os], St) -> setopts(Os, St);
setopts([{expand_fun, _} | Os], St) -> setopts(Os, St);
setopts(_, St) -> {{error, enotsup}, St}.

%% ---- output ----

output(Chars, Enc) ->
    case to_utf8(Chars, Enc) of
        {ok, Bin} ->
            console:print(Bin),
            ok;
        error ->
            {error, {put_chars, Enc, Chars}}
    end.

to_utf8(Chars, Enc) ->
    In = case Enc of latin1 -> latin1; _ -> unicode end,
    try unicode:characters_to_binary(Chars, In, utf8) of
        B when is_binary(B) -> {ok, B};
        _ -> error
    catch
        _:_ -> error
    end.

prompt('') -> ok;
prompt([]) -> ok;
prompt(<<>>) -> ok;
prompt(P) ->
    Text = if
               is_atom(P) -> atom_to_list(P);
               true ->
                   try io_lib:format("~ts", [P])
                   catch _:_ -> io_lib:write(P)
                   end
           end,
    output(Text, unicode).

%% ---- input ----

%% More characters from the console into the buffer (or at_eof once input ends).
fill(#st{at_eof = true} = St) ->
    St;
fill(#st{buf = Buf} = St) ->
    case console:'$read_line'() of
        eof -> St#st{at_eof = true};
        Bin -> St#st{buf = Buf ++ decode(Bin)}
    end.

decode(Bin) ->
    case unicode:characters_to_list(Bin) of
        L when is_list(L) -> L;
        _ -> binary_to_list(Bin)
    end.

get_line(#st{buf = Buf, at_eof = Eof} = St, Enc) ->
    case split_line(Buf, []) of
        {Line, Rest} -> {result(Line, Enc, St), St#st{buf = Rest}};
        more when Eof, Buf =:= [] -> {eof, St};
        more when Eof -> {result(Buf, Enc, St), St#st{buf = []}};
        more -> get_line(fill(St), Enc)
    end.

split_line([$\n | Rest], Acc) -> {lists:reverse(Acc, "\n"), Rest};
split_line([C | Rest], Acc) -> split_line(Rest, [C | Acc]);
split_line([], _) -> more.

get_chars(#st{buf = Buf, at_eof = Eof} = St, Enc, N) ->
    case length(Buf) >= N of
        true ->
            {Chars, Rest} = lists_split(N, Buf, []),
            {result(Chars, Enc, St), St#st{buf = Rest}};
        false when Eof, Buf =:= [] -> {eof, St};
        false when Eof -> {result(Buf, Enc, St), St#st{buf = []}};
        false -> get_chars(fill(St), Enc, N)
    end.

lists_split(0, L, Acc) -> {lists:reverse(Acc), L};
lists_split(N, [H | T], Acc) -> lists_split(N - 1, T, [H | Acc]).

%% get_until: feeds the buffered characters (eof at the end of input) to M:F(Cont, Data,
%% Xs...) until it answers {done, Result, Rest}.
get_until(St0, Enc, M, F, Xs, Cont) ->
    St = case St0#st.buf of [] -> fill(St0); _ -> St0 end,
    Data = case St of
               #st{buf = [], at_eof = true} -> eof;
               #st{buf = B} -> B
           end,
    case apply(M, F, [Cont, Data | Xs]) of
        {done, Result, Rest} ->
            Buf = case Rest of eof -> []; _ when is_list(Rest) -> Rest; _ -> [] end,
            {result(Result, Enc, St), St#st{buf = Buf}};
        {more, _} when Data =:= eof ->
            {eof, St#st{buf = []}};
        {more, Cont1} ->
            get_until(St#st{buf = []}, Enc, M, F, Xs, Cont1)
    end.

result(eof, _, _) -> eof;
result(Chars, _, #st{binary = true}) when is_list(Chars) -> unicode:characters_to_binary(Chars);
result(Other, _, _) -> Other.
