%% uart: AtomVM's serial port API, as the seeds describe it.
%%
%%   UART = uart:open("UART1", [{speed, 9600}]),
%%   ok = uart:write(UART, [<<"any">>, $d, "ata"]),
%%   Bin = uart:read(UART),
%%
%% The port name is the platform's: on Zephyr the devicetree node labelled uart0, uart1
%% ... (AtomVM's "UART0" spelling is accepted), on the host runner a simulated "uart0"
%% whose output loops back to its input. Options: speed (115200), data_bits (5-8, 8),
%% stop_bits (1 | 2), parity (none | odd | even), flow_control (none | hardware; software
%% is refused: Zephyr has no XON/XOFF). read/1 waits until data arrives and returns it;
%% read/2 gives up after Timeout ms with {error, timeout}. Each open port has a driver
%% process (the handle), which polls the port while a reader waits, so the VM never blocks.
-module(uart).

-export([open/1, open/2, close/1, read/1, read/2, write/2]).

-type uart() :: pid().
-export_type([uart/0]).

%% Milliseconds between two looks at the port while a reader waits.
-define(POLL_MS, 5).

-spec open(string() | binary(), proplists:proplist()) -> uart() | {error, term()}.
open(Name, Opts) when is_list(Opts) ->
    Baud = proplists:get_value(speed, Opts, 115200),
    Data = proplists:get_value(data_bits, Opts, 8),
    Stop = proplists:get_value(stop_bits, Opts, 1),
    Parity = case proplists:get_value(parity, Opts, none) of
                 none -> 0; odd -> 1; even -> 2; _ -> erlang:error(badarg)
             end,
    Flow = case proplists:get_value(flow_control, Opts, none) of
               none -> 0; hardware -> 1; software -> unsupported; _ -> erlang:error(badarg)
           end,
    case Flow of
        unsupported ->
            {error, unsupported};
        _ ->
            case uart:'$open'(port_name(Name), Baud, Data, Stop, Parity, Flow) of
                {ok, Port} ->
                    Owner = self(),
                    spawn(fun() -> link(Owner), process_flag(trap_exit, true), loop(Port, Owner) end);
                Error ->
                    Error
            end
    end;
open(_, _) ->
    erlang:error(badarg).

%% open(Opts) with {peripheral, Name} among the options (default "uart0").
-spec open(proplists:proplist()) -> uart() | {error, term()}.
open(Opts) ->
    open(proplists:get_value(peripheral, Opts, "uart0"), Opts).

-spec close(uart()) -> ok.
close(UART) ->
    call(UART, close, infinity).

-spec write(uart(), iodata()) -> ok | {error, term()}.
write(UART, IoData) ->
    Bin = try iolist_to_binary(IoData) catch error:badarg -> erlang:error(badarg) end,
    call(UART, {write, Bin}, infinity).

-spec read(uart()) -> binary() | {error, term()}.
read(UART) ->
    read(UART, infinity).

-spec read(uart(), timeout()) -> binary() | {error, term()}.
read(UART, Timeout) when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    case call(UART, {read, Timeout}, infinity) of
        {ok, Bin} -> Bin;
        Error -> Error
    end;
read(_, _) ->
    erlang:error(badarg).

%% "UART1" and "uart1" are the same port.
port_name(Name) when is_binary(Name) -> port_name(binary_to_list(Name));
port_name(Name) when is_list(Name) -> list_to_binary([lower(C) || C <- Name]);
port_name(Name) when is_atom(Name) -> port_name(atom_to_list(Name));
port_name(_) -> erlang:error(badarg).

%% ASCII only, without the string module (large for a small board).
lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) when is_integer(C) -> C;
lower(_) -> erlang:error(badarg).

call(UART, Request, Timeout) when is_pid(UART) ->
    Ref = monitor(process, UART),
    UART ! {'$uart', self(), Ref, Request},
    receive
        {Ref, Reply} ->
            demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, process, UART, _} ->
            {error, closed}
    after Timeout ->
        demonitor(Ref, [flush]),
        {error, timeout}
    end;
call(_, _, _) ->
    erlang:error(badarg).

loop(Port, Owner) ->
    receive
        {'$uart', From, Ref, close} ->
            uart:'$close'(Port),
            From ! {Ref, ok};
        {'$uart', From, Ref, {write, Bin}} ->
            From ! {Ref, uart:'$write'(Port, Bin)},
            loop(Port, Owner);
        {'$uart', From, Ref, {read, Timeout}} ->
            Deadline = case Timeout of
                           infinity -> infinity;
                           _ -> erlang:monotonic_time(millisecond) + Timeout
                       end,
            From ! {Ref, wait_read(Port, Deadline)},
            loop(Port, Owner);
        {'EXIT', Owner, _} ->
            uart:'$close'(Port)
    end.

wait_read(Port, Deadline) ->
    case uart:'$read'(Port, 4096) of
        {ok, <<>>} ->
            case Deadline =/= infinity andalso erlang:monotonic_time(millisecond) >= Deadline of
                true ->
                    {error, timeout};
                false ->
                    receive after ?POLL_MS -> ok end,
                    wait_read(Port, Deadline)
            end;
        Other ->
            Other
    end.
