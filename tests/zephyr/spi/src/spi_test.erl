%% The spi module against Zephyr's emulated BMI160 on native_sim (select 3): the chip id
%% (register 0, read with bit 7 set: 16#D1), a register write and read back (ACC_CONF,
%% 16#40), an unknown bus, close.
-module(spi_test).
-export([start/0]).

start() ->
    SPI = spi:open([{bus_config, [{peripheral, "spi0"}]},
                    {device_config, [{spi_clock_hz, 1000000}, {spi_mode, 0},
                                     {spi_cs_io_num, 3}, {address_len_bits, 8}]}]),
    Id = spi:read_at(SPI, 16#80, 8),
    W = spi:write_at(SPI, 16#40, 8, 16#28),
    R = spi:read_at(SPI, 16#C0, 8),
    Bad = try spi:open([{bus_config, [{peripheral, "spi7"}]}]) catch error:E -> E end,
    Closed = spi:close(SPI),
    {Id, W, R, Bad, Closed}.
