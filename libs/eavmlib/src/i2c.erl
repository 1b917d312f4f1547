%% i2c: AtomVM's I2C controller API, as the seeds describe it.
%%
%%   I2C = i2c:open([{peripheral, "i2c0"}, {clock_speed_hz, 100000}]),
%%   ok = i2c:write_bytes(I2C, 16#57, Register, <<1, 2, 3>>),
%%   Binary = i2c:read_bytes(I2C, 16#57, Register, 3),
%%
%% The bus is a named peripheral of the platform (on Zephyr the devicetree node labelled
%% i2c0, i2c1, ...; the host runner simulates "i2c0"); `scl_io_num`/`sda_io_num` (ESP32 pin
%% choices) are accepted and ignored, `i2c_clock_hz` is a synonym of `clock_speed_hz`.
%% Each open bus has a driver process (the returned handle) that owns it and holds queued
%% transmissions. Errors of the device or driver come back as {error, Reason}; wrong
%% arguments raise badarg in the caller.
-module(i2c).

-export([open/1, close/1,
         begin_transmission/1, begin_transmission/2, write_byte/2, write_bytes/2,
         qwrite_bytes/3, qwrite_bytes/4, end_transmission/1,
         write_bytes/3, write_bytes/4, read_bytes/3, read_bytes/4]).

-type i2c() :: pid().
-type address() :: 0..127.
-type register() :: 0..255.
-export_type([i2c/0, address/0, register/0]).

-spec open(proplists:proplist()) -> i2c() | {error, term()}.
open(Params) when is_list(Params) ->
    Name = proplists:get_value(peripheral, Params, "i2c0"),
    Hz = proplists:get_value(clock_speed_hz, Params,
                             proplists:get_value(i2c_clock_hz, Params, 100000)),
    Self = self(),
    Ref = make_ref(),
    {Pid, Mon} = spawn_monitor(fun() -> init(Self, Ref, Name, Hz) end),
    receive
        {Ref, {ok, Bus}} ->
            demonitor(Mon, [flush]),
            Pid ! {Ref, go, Bus},
            Pid;
        {Ref, {raise, C, R}} ->
            demonitor(Mon, [flush]),
            erlang:raise(C, R, []);
        {Ref, Error} ->
            demonitor(Mon, [flush]),
            Error;
        {'DOWN', Mon, process, Pid, Why} ->
            {error, Why}
    end;
open(_) ->
    erlang:error(badarg).

-spec close(i2c()) -> ok.
close(I2C) ->
    call(I2C, close).

%% Queued writes: begin_transmission/2 names the device, write_byte/2 and write_bytes/2
%% queue bytes, end_transmission/1 sends them in one transfer. The older form,
%% begin_transmission/1 with qwrite_bytes/3,4, queues whole writes to any devices, sent in
%% order by end_transmission/1.
-spec begin_transmission(i2c()) -> ok | {error, term()}.
begin_transmission(I2C) ->
    call(I2C, {begin_transmission, undefined}).

-spec begin_transmission(i2c(), address()) -> ok | {error, term()}.
begin_transmission(I2C, Address) ->
    call(I2C, {begin_transmission, Address}).

-spec write_byte(i2c(), byte()) -> ok | {error, term()}.
write_byte(I2C, Byte) when is_integer(Byte), Byte >= 0, Byte =< 255 ->
    call(I2C, {queue, <<Byte>>});
write_byte(_, _) ->
    erlang:error(badarg).

-spec write_bytes(i2c(), binary() | [byte()]) -> ok | {error, term()}.
write_bytes(I2C, Bytes) ->
    call(I2C, {queue, to_binary(Bytes)}).

-spec qwrite_bytes(i2c(), address(), binary() | byte()) -> ok | {error, term()}.
qwrite_bytes(I2C, Address, Data) ->
    call(I2C, {qwrite, Address, to_binary(Data)}).

-spec qwrite_bytes(i2c(), address(), register(), binary() | byte()) -> ok | {error, term()}.
qwrite_bytes(I2C, Address, Register, Data) ->
    call(I2C, {qwrite, Address, <<(reg(Register)), (to_binary(Data))/binary>>}).

-spec end_transmission(i2c()) -> ok | {error, term()}.
end_transmission(I2C) ->
    call(I2C, end_transmission).

-spec write_bytes(i2c(), address(), binary() | byte()) -> ok | {error, term()}.
write_bytes(I2C, Address, Data) ->
    call(I2C, {write, Address, to_binary(Data)}).

-spec write_bytes(i2c(), address(), register(), binary() | byte()) -> ok | {error, term()}.
write_bytes(I2C, Address, Register, Data) ->
    call(I2C, {write, Address, <<(reg(Register)), (to_binary(Data))/binary>>}).

%% Reads Count bytes: the binary, or {error, Reason}.
-spec read_bytes(i2c(), address(), non_neg_integer()) -> binary() | {error, term()}.
read_bytes(I2C, Address, Count) ->
    unwrap(call(I2C, {read, Address, Count})).

%% Writes the register number, then reads Count bytes (one transfer, repeated start).
-spec read_bytes(i2c(), address(), register(), non_neg_integer()) -> binary() | {error, term()}.
read_bytes(I2C, Address, Register, Count) ->
    unwrap(call(I2C, {write_read, Address, <<(reg(Register))>>, Count})).

%% Internals.

unwrap({ok, Bin}) -> Bin;
unwrap(Error) -> Error.

reg(R) when is_integer(R), R >= 0, R =< 255 -> R;
reg(_) -> erlang:error(badarg).

to_binary(B) when is_binary(B) -> B;
to_binary(I) when is_integer(I), I >= 0, I =< 255 -> <<I>>;
to_binary(L) when is_list(L) -> try list_to_binary(L) catch error:badarg -> erlang:error(badarg) end;
to_binary(_) -> erlang:error(badarg).

call(I2C, Request) when is_pid(I2C) ->
    Ref = monitor(process, I2C),
    I2C ! {'$i2c', self(), Ref, Request},
    receive
        {Ref, {raise, C, R}} ->
            demonitor(Ref, [flush]),
            erlang:raise(C, R, []);
        {Ref, Reply} ->
            demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, process, I2C, _} ->
            {error, closed}
    end;
call(_, _) ->
    erlang:error(badarg).

init(Owner, Ref, Name, Hz) ->
    case safe(fun() -> i2c:'$open'(Name, Hz) end) of
        {ok, Bus} ->
            Owner ! {Ref, {ok, Bus}},
            receive {Ref, go, Bus} -> loop(Bus, none) end;
        Other ->
            Owner ! {Ref, Other}
    end.

%% Queue: none | {Address, [Binary]} | {any, [{Address, Binary}]} (reversed).
loop(Bus, Queue) ->
    receive
        {'$i2c', From, Ref, close} ->
            i2c:'$close'(Bus),
            From ! {Ref, ok};
        {'$i2c', From, Ref, Request} ->
            {Reply, Queue1} = handle(Bus, Request, Queue),
            From ! {Ref, Reply},
            loop(Bus, Queue1)
    end.

handle(_Bus, {begin_transmission, _}, Queue) when Queue =/= none ->
    {{error, transmission_in_progress}, Queue};
handle(_Bus, {begin_transmission, undefined}, none) ->
    {ok, {any, []}};
handle(_Bus, {begin_transmission, Address}, none) ->
    {check_address(Address), {Address, []}};
handle(_Bus, {queue, Bin}, {Address, Acc}) when is_integer(Address) ->
    {ok, {Address, [Bin | Acc]}};
handle(_Bus, {qwrite, Address, Bin}, {any, Acc}) ->
    {check_address(Address), {any, [{Address, Bin} | Acc]}};
handle(_Bus, end_transmission, none) ->
    {{error, no_transmission}, none};
handle(Bus, end_transmission, {any, Acc}) ->
    {send_all(Bus, lists:reverse(Acc)), none};
handle(Bus, end_transmission, {Address, Acc}) ->
    {safe(fun() -> i2c:'$write'(Bus, Address, list_to_binary(lists:reverse(Acc))) end), none};
handle(_Bus, {queue, _}, Queue) ->
    {{error, no_transmission}, Queue};
handle(_Bus, {qwrite, _, _}, Queue) ->
    {{error, no_transmission}, Queue};
handle(Bus, {write, Address, Bin}, Queue) ->
    {safe(fun() -> i2c:'$write'(Bus, Address, Bin) end), Queue};
handle(Bus, {read, Address, Count}, Queue) ->
    {safe(fun() -> i2c:'$read'(Bus, Address, Count) end), Queue};
handle(Bus, {write_read, Address, Bin, Count}, Queue) ->
    {safe(fun() -> i2c:'$write_read'(Bus, Address, Bin, Count) end), Queue}.

check_address(A) when is_integer(A), A >= 0, A =< 127 -> ok;
check_address(_) -> {raise, error, badarg}.

send_all(_Bus, []) ->
    ok;
send_all(Bus, [{Address, Bin} | Rest]) ->
    case safe(fun() -> i2c:'$write'(Bus, Address, Bin) end) of
        ok -> send_all(Bus, Rest);
        Error -> Error
    end.

%% Errors of the native functions go back to the caller instead of ending the driver.
safe(F) ->
    try F() catch C:R -> {raise, C, R} end.
