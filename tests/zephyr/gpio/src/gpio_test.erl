%% Drives pin 1 of native_sim's emulated GPIO controller, which src/main.c wires to pin 2,
%% and watches pin 2: interrupts on the rising and the falling edge, both levels, and a pin
%% that does not exist (badarg).
-module(gpio_test).
-export([start/0]).

start() ->
    ok = gpio:set_pin_mode(1, output),
    ok = gpio:set_pin_mode(2, input),
    GPIO = gpio:open(),
    ok = gpio:set_int(GPIO, 2, rising),
    ok = gpio:digital_write(1, high),
    Int = receive {gpio_interrupt, P} -> {interrupt, P} after 1000 -> no_interrupt end,
    High = gpio:digital_read(2),
    ok = gpio:set_int(GPIO, 2, falling),
    ok = gpio:digital_write(1, low),
    Fall = receive {gpio_interrupt, P2} -> {falling, P2} after 1000 -> no_interrupt end,
    Low = gpio:digital_read(2),
    Bad = try gpio:digital_write(9999, high) catch error:E -> E end,
    ok = gpio:close(GPIO),
    {Int, High, Fall, Low, Bad}.
