%% The uart module against Zephyr's emulated UART in loopback on native_sim ("uart2"):
%% what is written comes back, a read with nothing to read times out, an unknown port.
-module(uart_test).
-export([start/0]).

start() ->
    UART = uart:open("UART2", [{speed, 115200}]),
    ok = uart:write(UART, [<<"hello">>, $\s, "uart"]),
    timer:sleep(20),
    R1 = uart:read(UART, 1000),
    R2 = uart:read(UART, 50),
    Bad = try uart:open("uart7", []) catch error:E -> E end,
    Closed = uart:close(UART),
    {R1, R2, Bad, Closed}.
