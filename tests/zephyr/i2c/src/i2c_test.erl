%% The i2c module against native_sim's emulated AT24 EEPROM at 16#57: a register write and
%% read, a queued transmission, queued register writes, a device that does not answer, an
%% unknown bus.
-module(i2c_test).
-export([start/0]).

start() ->
    I2C = i2c:open([{peripheral, "i2c0"}, {clock_speed_hz, 100000}]),
    ok = i2c:write_bytes(I2C, 16#57, 16#10, <<1, 2, 3>>),
    R1 = i2c:read_bytes(I2C, 16#57, 16#10, 3),
    ok = i2c:begin_transmission(I2C, 16#57),
    ok = i2c:write_byte(I2C, 16#30),
    ok = i2c:write_bytes(I2C, "xyz!"),
    ok = i2c:end_transmission(I2C),
    R2 = i2c:read_bytes(I2C, 16#57, 16#30, 4),
    ok = i2c:begin_transmission(I2C),
    ok = i2c:qwrite_bytes(I2C, 16#57, 16#40, <<"Q">>),
    ok = i2c:qwrite_bytes(I2C, 16#57, 16#41, $R),
    ok = i2c:end_transmission(I2C),
    R3 = i2c:read_bytes(I2C, 16#57, 16#40, 2),
    Nack = i2c:read_bytes(I2C, 16#22, 1),
    Bad = try i2c:open([{peripheral, "i2c7"}]) catch error:E -> E end,
    Closed = i2c:close(I2C),
    {R1, R2, R3, Nack, Bad, Closed}.
