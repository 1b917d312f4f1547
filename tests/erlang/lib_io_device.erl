%% io functions through a custom group leader that records the I/O requests it gets and
%% answers them like an I/O server (input comes from a fixed list of lines).
-module(lib_io_device).
-export([start/0, id/1]).

id(X) -> X.

gl(Out, In) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, Out1, In1} = handle(Req, Out, In),
            From ! {io_reply, ReplyAs, Reply},
            gl(Out1, In1);
        {dump, Pid} ->
            Pid ! {dump, lists:reverse(Out)},
            gl([], In)
    end.

handle({put_chars, Enc, Chars}, Out, In) ->
    {ok, [{Enc, chars(Chars)} | Out], In};
handle({put_chars, Enc, M, F, A}, Out, In) ->
    try apply(M, F, A) of
        Chars -> {ok, [{Enc, M, F, chars(Chars)} | Out], In}
    catch
        _:_ -> {{error, {put_chars, M, F}}, [{error, M, F} | Out], In}
    end;
handle({get_line, _Enc, Prompt}, Out, [Line | In]) ->
    {Line, [{prompt, chars(Prompt)} | Out], In};
handle({get_line, _Enc, Prompt}, Out, []) ->
    {eof, [{prompt, chars(Prompt)} | Out], []};
handle({get_chars, _Enc, _Prompt, N}, Out, [Line | In]) ->
    {take(N, Line), Out, In};
handle(getopts, Out, In) ->
    {[{binary, false}, {encoding, unicode}], Out, In};
handle({setopts, Opts}, Out, In) ->
    {ok, [{setopts, Opts} | Out], In};
handle({get_geometry, columns}, Out, In) ->
    {{error, enotsup}, Out, In};
handle({requests, Rs}, Out, In) ->
    requests(Rs, {ok, Out, In});
handle(Other, Out, In) ->
    {{error, request}, [{unknown, Other} | Out], In}.

requests([], Acc) -> Acc;
requests([R | Rs], {_, O, I}) -> requests(Rs, handle(R, O, I)).

take(0, _) -> [];
take(_, []) -> [];
take(N, [C | Cs]) -> [C | take(N - 1, Cs)].

chars(B) when is_binary(B) -> {bin, binary_to_list(B)};
chars(L) -> flat(L).

flat(L) -> flat(L, []).
flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc;
flat(B, Acc) when is_binary(B) -> binary_to_list(B) ++ Acc;
flat(X, Acc) -> [X | Acc].

dump(GL) ->
    GL ! {dump, self()},
    receive {dump, Out} -> Out end.

start() ->
    Old = group_leader(),
    GL = spawn(fun() -> gl([], ["first line\n", "second\n", "chars"]) end),
    group_leader(GL, self()),
    R1 = [io:format("hello ~w~n", [world]), io:format("plain~n"), io:fwrite("f ~p", [[1, 2]]),
          io:put_chars("abc"), io:put_chars([$x, <<"yz">>, [1024]]), io:nl(), io:write({a, "b"}),
          io:format(standard_io, "~s", ["std"]), io:write(standard_io, w),
          io:put_chars(standard_io, "sio"), io:nl(standard_io),
          io:format(GL, "direct ~w", [1])],
    Out1 = dump(GL),
    R2 = [catch io:format("~w", []), catch io:format(bad, "x", []), catch io:put_chars(foo),
          io:request(GL, {bogus, 1}), io:get_line("p> "), io:get_line(''), io:get_chars("", 3),
          io:get_line(standard_io, "q"), io:getopts(), io:setopts([binary]), io:columns()],
    Out2 = dump(GL),
    %% a spawned process inherits the group leader
    Self = self(),
    spawn(fun() -> io:format("child ~w", [group_leader() =:= GL]), Self ! done end),
    receive done -> ok end,
    Out3 = dump(GL),
    group_leader(Old, self()),
    [R1, Out1, [case R of {'EXIT', {E, _}} -> {'EXIT', E}; _ -> R end || R <- R2], Out2, Out3,
     io:printable_range()].
