%% AtomVM's i2c module on the host runner's simulated bus (an AT24-style EEPROM at 16#57):
%% register writes and reads, plain reads, both kinds of queued transmission, a device
%% that does not answer, and wrong arguments.
%% expect: {<<1,2,3>>,<<97,98,99>>,<<120,121,122,33>>,<<81,82>>,{error,{driver,-5}},[badarg,badarg,badarg],{error,transmission_in_progress},ok,{error,closed}}
-module(i2c_sim).
-export([start/0]).

start() ->
    I2C = i2c:open([{peripheral, "i2c0"}, {clock_speed_hz, 400000}]),
    ok = i2c:write_bytes(I2C, 16#57, 16#10, <<1, 2, 3>>),
    R1 = i2c:read_bytes(I2C, 16#57, 16#10, 3),
    ok = i2c:write_bytes(I2C, 16#57, <<16#20, "abc">>),
    ok = i2c:write_bytes(I2C, 16#57, 16#20),
    R2 = i2c:read_bytes(I2C, 16#57, 3),
    ok = i2c:begin_transmission(I2C, 16#57),
    ok = i2c:write_byte(I2C, 16#30),
    ok = i2c:write_bytes(I2C, "xyz"),
    ok = i2c:write_bytes(I2C, <<"!">>),
    ok = i2c:end_transmission(I2C),
    R3 = i2c:read_bytes(I2C, 16#57, 16#30, 4),
    ok = i2c:begin_transmission(I2C),
    ok = i2c:qwrite_bytes(I2C, 16#57, 16#40, <<"Q">>),
    ok = i2c:qwrite_bytes(I2C, 16#57, 16#41, $R),
    ok = i2c:end_transmission(I2C),
    R4 = i2c:read_bytes(I2C, 16#57, 16#40, 2),
    Nack = i2c:read_bytes(I2C, 16#22, 1),
    Bad = [catch_error(fun() -> i2c:write_bytes(I2C, 200, <<1>>) end),
           catch_error(fun() -> i2c:read_bytes(I2C, 16#57, 300, 1) end),
           catch_error(fun() -> i2c:open([{peripheral, "i2c9"}]) end)],
    ok = i2c:begin_transmission(I2C, 16#57),
    Busy = i2c:begin_transmission(I2C, 16#57),
    ok = i2c:end_transmission(I2C),
    Closed = i2c:close(I2C),
    After = i2c:read_bytes(I2C, 16#57, 1),
    {R1, R2, R3, R4, Nack, Bad, Busy, Closed, After}.

catch_error(F) ->
    try F() catch error:E -> E end.
