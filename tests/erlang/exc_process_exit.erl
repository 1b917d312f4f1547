-module(exc_process_exit).
-export([start/0, id/1]).

id(X) -> X.

%% The reason seen in 'DOWN' for an error is {Reason, Stack}: keep Reason only.
down_reason(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive
        {'DOWN', Ref, process, Pid, {R, St}} when is_list(St) -> {error_exit, R};
        {'DOWN', Ref, process, Pid, R} -> R
    after 5000 -> timeout
    end.

start() ->
    [down_reason(fun() -> ok end),
     down_reason(fun() -> exit(?MODULE:id(bye)) end),
     down_reason(fun() -> exit(?MODULE:id({shutdown, x})) end),
     down_reason(fun() -> throw(?MODULE:id(ball)) end),
     down_reason(fun() -> error(?MODULE:id(oops)) end),
     down_reason(fun() -> ?MODULE:id(1) / 0 end),
     down_reason(fun() -> {a} = ?MODULE:id({b}) end),
     down_reason(fun() -> try error(?MODULE:id(x)) catch error:x -> exit(?MODULE:id(converted)) end end),
     down_reason(fun() -> catch error(?MODULE:id(x)), exit(?MODULE:id(after_catch)) end),
     down_reason(fun() -> exit(?MODULE:id(normal)) end),
     down_reason(fun() -> try throw(?MODULE:id(t)) after exit(?MODULE:id(from_after)) end end)].
