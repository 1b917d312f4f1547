%% AtomVM's uart module on the host runner's simulated port (output looped back to its
%% input): write and read back, read with a timeout, options, wrong arguments, close.
%% expect: {<<97,110,121,100,97,116,97,103,111,101,115>>,{error,timeout},<<65>>,{error,unsupported},[badarg,badarg],ok,{error,closed}}
-module(uart_sim).
-export([start/0]).

start() ->
    UART = uart:open("UART0", [{speed, 9600}, {data_bits, 8}, {stop_bits, 1}, {parity, none}]),
    ok = uart:write(UART, [<<"any">>, $d, $a, $t, $a, "goes"]),
    R1 = uart:read(UART),
    R2 = uart:read(UART, 20),
    ok = uart:write(UART, "A"),
    R3 = uart:read(UART, 1000),
    Soft = uart:open("uart0", [{flow_control, software}]),
    Bad = [catch_error(fun() -> uart:open("uart9", []) end),
           catch_error(fun() -> uart:write(UART, [foo]) end)],
    Closed = uart:close(UART),
    After = uart:write(UART, "x"),
    {R1, R2, R3, Soft, Bad, Closed, After}.

catch_error(F) ->
    try F() catch error:E -> E end.
