%% AtomVM's spi module on the host runner's simulated device (registers, bit 7 of the
%% address = read, register 0 = 16#D1): reads, writes, 16-bit values, a missing bus,
%% wrong arguments, close.
%% expect: {{ok,209},{ok,255},{ok,42},{ok,4660},[badarg,badarg,badarg],ok,{error,closed}}
-module(spi_sim).
-export([start/0]).

start() ->
    SPI = spi:open([{bus_config, [{miso_io_num, 12}, {mosi_io_num, 13}, {sclk_io_num, 14}]},
                    {device_config, [{spi_clock_hz, 1000000}, {spi_mode, 0},
                                     {spi_cs_io_num, 0}, {address_len_bits, 8}]}]),
    Id = spi:read_at(SPI, 16#80, 8),
    W = spi:write_at(SPI, 16#10, 8, 42),
    R = spi:read_at(SPI, 16#90, 8),
    {ok, _} = spi:write_at(SPI, 16#20, 16, 16#1234),
    R16 = spi:read_at(SPI, 16#A0, 16),
    Bad = [catch_error(fun() -> spi:read_at(SPI, 1, 40) end),
           catch_error(fun() -> spi:open([{bus_config, [{peripheral, "spi7"}]}]) end),
           catch_error(fun() -> spi:write_at(SPI, 1, 8, foo) end)],
    Closed = spi:close(SPI),
    After = spi:read_at(SPI, 16#80, 8),
    {Id, W, R, R16, Bad, Closed, After}.

catch_error(F) ->
    try F() catch error:E -> E end.
