%% Selective receive with a large mailbox: Pending unrelated messages wait in the client's
%% mailbox while it makes Rounds calls to a server.
%%   ref: each call is answered with a fresh reference (the gen_server:call pattern). OTP
%%        skips the old messages (receive markers); a VM that scans the whole queue pays
%%        Pending comparisons per call.
%%   tag: the answer is matched by an integer tag, so every VM scans the pending messages
%%        on every call: the raw cost of a receive that does not match.
-module(sel_recv).
-export([start/0, run/1]).

start() -> run({10000, 10000, ref}).

run({Pending, Rounds}) -> run({Pending, Rounds, ref});
run({Pending, Rounds, Mode}) ->
    fill(Pending),
    Server = spawn(fun server/0),
    S = case Mode of
            ref -> calls(Rounds, Server, 0);
            tag -> tagged(Rounds, Server, 0)
        end,
    Server ! stop,
    {S, flush(0)}.

fill(0) -> ok;
fill(N) -> self() ! {junk, N}, fill(N - 1).

calls(0, _, Acc) -> Acc;
calls(N, Server, Acc) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, N},
    receive
        {Ref, R} -> calls(N - 1, Server, (Acc + R) band 16#FFFFFFF)
    end.

tagged(0, _, Acc) -> Acc;
tagged(N, Server, Acc) ->
    Server ! {call, self(), N, N},
    receive
        {N, R} -> tagged(N - 1, Server, (Acc + R) band 16#FFFFFFF)
    end.

server() ->
    receive
        {call, From, Tag, N} ->
            From ! {Tag, N * N},
            server();
        stop ->
            ok
    end.

flush(N) ->
    receive
        {junk, _} -> flush(N + 1)
    after 0 -> N
    end.
