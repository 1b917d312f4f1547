%% gpio: AtomVM's GPIO API. Pins are numbers (on Zephyr, 32 * K + N is pin N of the K-th
%% GPIO controller in the devicetree; the host runner simulates pins 0-63).
%%
%% Two styles, as on AtomVM: plain functions on pins (set_pin_mode/2, digital_write/2,
%% digital_read/1, attach_interrupt/2 ..., native), and the driver style, where gpio:open/0
%% (or start/0) returns the GPIO driver, registered as `gpio`, which the other functions
%% take first (set_direction/3, set_level/3, read/2, set_int/3 ...). Interrupts arrive as
%% {gpio_interrupt, Pin} messages to the process that set them.
-module(gpio).

-export([start/0, open/0, stop/0, close/1,
         set_direction/3, set_level/3, read/2,
         set_int/3, set_int/4, remove_int/2,
         attach_interrupt/2, detach_interrupt/1,
         init/1, deinit/1]).

-type gpio() :: pid().
-type pin() :: non_neg_integer().
-type direction() :: input | output | output_od.
-type level() :: high | low | 0 | 1.
-type trigger() :: none | rising | falling | both | low | high.
-export_type([gpio/0, pin/0, direction/0, level/0, trigger/0]).

%% The GPIO driver (started on first use, registered as `gpio`).
-spec start() -> gpio().
start() ->
    case whereis(gpio) of
        undefined ->
            Pid = spawn(fun driver/0),
            try register(gpio, Pid) of
                true -> Pid
            catch
                error:badarg ->
                    exit(Pid, kill),
                    start()
            end;
        Pid ->
            Pid
    end.

-spec open() -> gpio().
open() ->
    start().

-spec stop() -> ok.
stop() ->
    case whereis(gpio) of
        undefined -> ok;
        Pid -> close(Pid)
    end.

%% Stops the driver; interrupts set through it are removed.
-spec close(gpio()) -> ok.
close(GPIO) ->
    Ref = monitor(process, GPIO),
    GPIO ! {self(), Ref, close},
    receive
        {'DOWN', Ref, process, GPIO, _} -> ok
    end.

-spec set_direction(gpio(), pin(), direction()) -> ok | {error, term()}.
set_direction(_GPIO, Pin, Direction) ->
    gpio:set_pin_mode(Pin, Direction).

-spec set_level(gpio(), pin(), level()) -> ok | {error, term()}.
set_level(_GPIO, Pin, Level) ->
    gpio:digital_write(Pin, Level).

-spec read(gpio(), pin()) -> high | low | {error, term()}.
read(_GPIO, Pin) ->
    gpio:digital_read(Pin).

%% {gpio_interrupt, Pin} goes to the calling process each time Trigger fires.
-spec set_int(gpio(), pin(), trigger()) -> ok | {error, term()}.
set_int(GPIO, Pin, Trigger) ->
    set_int(GPIO, Pin, Trigger, self()).

-spec set_int(gpio(), pin(), trigger(), pid()) -> ok | {error, term()}.
set_int(GPIO, Pin, Trigger, Pid) ->
    case gpio:'$set_int'(Pin, Trigger, Pid) of
        ok when Trigger =/= none ->
            GPIO ! {self(), make_ref(), {armed, Pin}},
            ok;
        Other ->
            Other
    end.

-spec remove_int(gpio(), pin()) -> ok | {error, term()}.
remove_int(_GPIO, Pin) ->
    gpio:'$remove_int'(Pin).

-spec attach_interrupt(pin(), trigger()) -> ok | {error, term()}.
attach_interrupt(Pin, Trigger) ->
    gpio:'$set_int'(Pin, Trigger, self()).

-spec detach_interrupt(pin()) -> ok | {error, term()}.
detach_interrupt(Pin) ->
    gpio:'$remove_int'(Pin).

%% Nothing to prepare on these platforms (ESP32's pad setup): kept for programs that call it.
-spec init(pin()) -> ok.
init(_Pin) ->
    ok.

-spec deinit(pin()) -> ok.
deinit(_Pin) ->
    ok.

%% The driver process: remembers which pins were armed through it, to disarm them on close.
driver() ->
    driver([]).

driver(Armed) ->
    receive
        {_From, _Ref, {armed, Pin}} ->
            driver(add_pin(Pin, Armed, Armed));
        {From, Ref, close} ->
            remove_all(Armed),
            unregister_self(),
            From ! {Ref, ok};
        _ ->
            driver(Armed)
    end.

%% Without lists: on a small board the driver must not need another module loaded.
add_pin(Pin, [], All) -> [Pin | All];
add_pin(Pin, [Pin | _], All) -> All;
add_pin(Pin, [_ | Rest], All) -> add_pin(Pin, Rest, All).

remove_all([]) -> ok;
remove_all([P | Rest]) -> gpio:'$remove_int'(P), remove_all(Rest).

unregister_self() ->
    case whereis(gpio) of
        Self when Self =:= self() -> unregister(gpio);
        _ -> ok
    end.
