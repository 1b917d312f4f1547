%% AtomVM's gpio module on the host runner's simulated pins: modes, levels, pulls, both
%% interrupt APIs, and wrong arguments.
%% expect: {[ok,ok,high,low,ok,low,high],[{int,5},{int,5},none],[{int,7}],[low,high],[badarg,badarg,badarg],ok}
-module(gpio_sim).
-export([start/0]).

start() ->
    Levels = [gpio:set_pin_mode(2, output), gpio:digital_write(2, high), gpio:digital_read(2),
              begin gpio:digital_write(2, low), gpio:digital_read(2) end,
              gpio:set_direction(3, input), gpio:digital_read(3),
              begin gpio:set_pin_pull(3, up), gpio:digital_read(3) end],
    GPIO = gpio:open(),
    GPIO = whereis(gpio),
    ok = gpio:set_direction(GPIO, 5, input),
    ok = gpio:set_int(GPIO, 5, rising),
    ok = gpio:set_level(GPIO, 5, high),
    I1 = recv(),
    ok = gpio:set_level(GPIO, 5, low),
    ok = gpio:set_level(GPIO, 5, high),
    I2 = recv(),
    ok = gpio:remove_int(GPIO, 5),
    ok = gpio:set_level(GPIO, 5, low),
    ok = gpio:set_level(GPIO, 5, high),
    I3 = recv(),
    ok = gpio:attach_interrupt(7, both),
    ok = gpio:digital_write(7, 1),
    J1 = recv(),
    ok = gpio:detach_interrupt(7),
    ok = gpio:digital_write(7, 0),
    none = recv(),
    Reads = [begin gpio:set_level(GPIO, 5, low), gpio:read(GPIO, 5) end, begin gpio:set_level(GPIO, 5, high), gpio:read(GPIO, 5) end],
    Bad = [catch_error(fun() -> gpio:digital_write(99, high) end),
           catch_error(fun() -> gpio:set_pin_mode(2, sideways) end),
           catch_error(fun() -> gpio:digital_read(-1) end)],
    ok = gpio:close(GPIO),
    undefined = whereis(gpio),
    {Levels, [I1, I2, I3], [J1], Reads, Bad, ok}.

recv() ->
    receive {gpio_interrupt, P} -> {int, P} after 20 -> none end.

catch_error(F) ->
    try F() catch error:E -> E end.
