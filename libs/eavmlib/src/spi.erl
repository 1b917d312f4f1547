%% spi: AtomVM's SPI controller API, as the seeds describe it.
%%
%%   SPI = spi:open([{bus_config, [{peripheral, "spi0"}]},
%%                   {device_config, [{spi_clock_hz, 1000000}, {spi_mode, 0},
%%                                    {spi_cs_io_num, 0}, {address_len_bits, 8}]}]),
%%   {ok, Id} = spi:read_at(SPI, 16#80, 8),
%%   {ok, _} = spi:write_at(SPI, 16#10, 8, 16#2A),
%%
%% read_at(SPI, Address, Len) sends Address (address_len_bits long), then Len bits while
%% reading, and returns what was read as an integer; write_at(SPI, Address, Len, Data)
%% sends Address then Data (Len bits) and returns what the device answered meanwhile.
%% Values up to 32 bits, as the seeds say. The bus is a named peripheral of the platform
%% (on Zephyr the devicetree node labelled spi0, spi1, ...; the host runner simulates
%% "spi0"); ESP32's pin numbers (miso_io_num, mosi_io_num, sclk_io_num) are accepted and
%% ignored, spi_cs_io_num picks the bus's chip select by index. Each open device has a
%% driver process (the handle); errors come back as {error, Reason}.
-module(spi).

-export([open/1, close/1, read_at/3, write_at/4]).

-type spi() :: pid().
-export_type([spi/0]).

-spec open(proplists:proplist()) -> spi() | {error, term()}.
open(Config) when is_list(Config) ->
    Bus = proplists:get_value(bus_config, Config, []),
    Dev = proplists:get_value(device_config, Config, []),
    Name = to_binary(proplists:get_value(peripheral, Bus, "spi0")),
    Hz = proplists:get_value(spi_clock_hz, Dev, proplists:get_value(clock_speed_hz, Dev, 1000000)),
    Mode = proplists:get_value(spi_mode, Dev, proplists:get_value(mode, Dev, 0)),
    Cs = proplists:get_value(spi_cs_io_num, Dev, proplists:get_value(cs, Dev, undefined)),
    AddrBits = proplists:get_value(address_len_bits, Dev, 8),
    case is_integer(AddrBits) andalso AddrBits >= 0 andalso AddrBits rem 8 =:= 0 of
        false -> erlang:error(badarg);
        true -> ok
    end,
    case spi:'$open'(Name, Hz, Mode, Cs) of
        {ok, Handle} ->
            Owner = self(),
            spawn(fun() -> link(Owner), process_flag(trap_exit, true), loop(Handle, AddrBits, Owner) end);
        Error ->
            Error
    end;
open(_) ->
    erlang:error(badarg).

-spec close(spi()) -> ok.
close(SPI) ->
    call(SPI, close).

-spec read_at(spi(), non_neg_integer(), 1..32) -> {ok, non_neg_integer()} | {error, term()}.
read_at(SPI, Address, Len) ->
    check(Address, Len),
    call(SPI, {transfer, Address, Len, 0}).

-spec write_at(spi(), non_neg_integer(), 1..32, non_neg_integer()) ->
    {ok, non_neg_integer()} | {error, term()}.
write_at(SPI, Address, Len, Data) when is_integer(Data) ->
    check(Address, Len),
    call(SPI, {transfer, Address, Len, Data});
write_at(_, _, _, _) ->
    erlang:error(badarg).

check(Address, Len) when is_integer(Address), Address >= 0, is_integer(Len), Len >= 1, Len =< 32 -> ok;
check(_, _) -> erlang:error(badarg).

to_binary(B) when is_binary(B) -> B;
to_binary(L) when is_list(L) -> list_to_binary(L);
to_binary(A) when is_atom(A) -> atom_to_binary(A, utf8).

call(SPI, Request) when is_pid(SPI) ->
    Ref = monitor(process, SPI),
    SPI ! {'$spi', self(), Ref, Request},
    receive
        {Ref, Reply} ->
            demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, process, SPI, _} ->
            {error, closed}
    end;
call(_, _) ->
    erlang:error(badarg).

%% The driver: one transfer per request, the address then the data (whole bytes, the
%% value in the high bits, as the device sees it first).
loop(Handle, AddrBits, Owner) ->
    receive
        {'$spi', From, Ref, close} ->
            spi:'$close'(Handle),
            From ! {Ref, ok};
        {'$spi', From, Ref, {transfer, Address, Len, Data}} ->
            Bytes = (Len + 7) div 8,
            Pad = Bytes * 8 - Len,
            Tx = <<Address:AddrBits, Data:Len, 0:Pad>>,
            Reply = case spi:'$transceive'(Handle, Tx) of
                        {ok, <<_:AddrBits, Value:Len, _:Pad>>} -> {ok, Value};
                        Error -> Error
                    end,
            From ! {Ref, Reply},
            loop(Handle, AddrBits, Owner);
        {'EXIT', Owner, _} ->
            spi:'$close'(Handle);
        _ ->
            loop(Handle, AddrBits, Owner)
    end.
