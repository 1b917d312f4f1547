-module(lib_erlang_plain).
-export([start/0, id/1, f/1]).
-compile(nowarn_deprecated_function).

id(X) -> X.

f(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Self = self(),
    Node = node(),
    P1 = erlang:spawn_link(Node, fun() -> Self ! {one, self()} end),
    R1 = receive {one, P1} -> ok after 1000 -> timeout end,
    {P2, M2} = erlang:spawn_monitor(Node, fun() -> exit(bye) end),
    R2 = receive {'DOWN', M2, process, P2, W2} -> W2 after 1000 -> timeout end,
    {P3, M3} = erlang:spawn_monitor(Node, erlang, exit, [bye3]),
    R3 = receive {'DOWN', M3, process, P3, W3} -> W3 after 1000 -> timeout end,
    P4 = erlang:spawn_link(Node, erlang, send, [Self, four]),
    R4 = receive four -> is_pid(P4) after 1000 -> timeout end,
    P5 = erlang:spawn_opt(Node, fun() -> Self ! five end, [link]),
    R5 = receive five -> is_pid(P5) after 1000 -> timeout end,
    P6 = erlang:spawn_opt(Node, erlang, send, [Self, six], []),
    R6 = receive six -> is_pid(P6) after 1000 -> timeout end,
    Fi = erlang:fun_info(fun ?MODULE:f/1),
    Fl = [K || {K, _} <- erlang:fun_info(fun(X) -> {X, Self} end)],
    [R1, R2, R3, R4, R5, R6, Fi, Fl,
     erlang:append(?MODULE:id([1, 2]), [3]),
     erlang:append(?MODULE:id([1]), b),
     t(fun() -> erlang:append(?MODULE:id(a), b) end),
     erlang:subtract(?MODULE:id([1, 2, 1, 3]), [1, 3]),
     t(fun() -> erlang:subtract(?MODULE:id(a), [1]) end),
     t(fun() -> erlang:fun_info(?MODULE:id(a)) end),
     erlang:send_nosuspend(Self, hello),
     receive hello -> got after 0 -> none end,
     erlang:send_nosuspend(Self, hello2, []),
     receive hello2 -> got after 0 -> none end,
     erlang:is_alive(), erlang:nodes(), erlang:nodes(connected),
     erlang:nodes([visible, hidden]), erlang:get_cookie(),
     erlang:disconnect_node(?MODULE:id(foo@bar)),
     erlang:module_loaded(lists), erlang:module_loaded(no_such_module_here),
     t(fun() -> erlang:module_loaded(?MODULE:id("lists")) end),
     lists:member(?MODULE, erlang:loaded()),
     erlang:posixtime_to_universaltime(?MODULE:id(1000000000)),
     erlang:posixtime_to_universaltime(?MODULE:id(0)),
     erlang:universaltime_to_posixtime(?MODULE:id({{2001, 9, 9}, {1, 46, 40}})),
     erlang:universaltime_to_posixtime(?MODULE:id({{1960, 1, 1}, {0, 0, 0}})),
     t(fun() -> erlang:posixtime_to_universaltime(?MODULE:id(a)) end),
     erlang:check_old_code(lists), erlang:check_process_code(self(), lists),
     erlang:check_process_code(self(), lists, []),
     t(fun() -> erlang:check_old_code(?MODULE:id(1)) end),
     t(fun() -> erlang:check_process_code(?MODULE:id(1), lists) end),
     erlang:load_module(?MODULE:id(no_such_mod), <<"junk">>),
     t(fun() -> erlang:load_module(?MODULE:id("m"), <<>>) end),
     case erlang:now() of {A, B, C} -> is_integer(A + B + C) end].
