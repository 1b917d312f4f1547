%% ledc: AtomVM's LED control / PWM module (the seeds' API, itself the ESP-IDF LEDC
%% API): timers give a frequency and a duty resolution, channels bind an output to a
%% timer and have a duty (0 .. 2^Resolution), fades move the duty over time.
%%
%%   -include_lib("eavmlib/include/ledc.hrl").
%%   ok = ledc:timer_config([{duty_resolution, ?LEDC_TIMER_13_BIT}, {freq_hz, 5000},
%%                           {speed_mode, ?LEDC_HIGH_SPEED_MODE}, {timer_num, ?LEDC_TIMER_0}]),
%%   ok = ledc:channel_config([{channel, 0}, {duty, 0}, {gpio_num, 2},
%%                             {speed_mode, ?LEDC_HIGH_SPEED_MODE}, {timer_sel, ?LEDC_TIMER_0}]),
%%   ok = ledc:set_fade_with_time(?LEDC_HIGH_SPEED_MODE, 0, 4000, 1000),
%%   ok = ledc:fade_start(?LEDC_HIGH_SPEED_MODE, 0, ?LEDC_FADE_WAIT_DONE).
%%
%% The output of channel C in speed mode M is the platform's PWM channel 8 * M + C: on
%% Zephyr the entry of that index in the pwms property of the devicetree's
%% /zephyr,user node (the pin is the devicetree's, gpio_num is not used); on the host
%% runner a simulated output. Fades are done in software, in steps of 20 ms, by the
%% module's process (registered as ledc); hpoint is accepted and not used.
-module(ledc).

-export([timer_config/1, channel_config/1, set_duty/3, get_duty/2, update_duty/2,
         set_duty_and_update/4, set_freq/3, get_freq/2, stop/3, fade_func_install/1,
         fade_func_uninstall/0, set_fade_with_time/4, set_fade_with_step/5, fade_start/3]).

%% Internal.
-export([init/0]).

-define(SERVER, ledc).
-define(FADE_STEP_MS, 20).

-record(timer, {bits, freq}).
-record(chan, {timer, duty = 0, pending = 0, fade}).

%% ---------------------------------------------------------------------------
%% API

timer_config(Config) when is_list(Config) ->
    Mode = mode(proplists:get_value(speed_mode, Config, 0)),
    Timer = index(proplists:get_value(timer_num, Config, 0), 3),
    Bits = index(proplists:get_value(duty_resolution, Config), 20),
    Freq = proplists:get_value(freq_hz, Config),
    case Bits >= 1 andalso is_integer(Freq) andalso Freq > 0 of
        true -> call({timer_config, {Mode, Timer}, #timer{bits = Bits, freq = Freq}});
        false -> erlang:error(badarg)
    end;
timer_config(_) ->
    erlang:error(badarg).

channel_config(Config) when is_list(Config) ->
    Mode = mode(proplists:get_value(speed_mode, Config, 0)),
    Chan = index(proplists:get_value(channel, Config), 7),
    Timer = index(proplists:get_value(timer_sel, Config, 0), 3),
    Duty = nat(proplists:get_value(duty, Config, 0)),
    call({channel_config, {Mode, Chan}, {Mode, Timer}, Duty});
channel_config(_) ->
    erlang:error(badarg).

set_duty(Mode, Chan, Duty) -> call({set_duty, key(Mode, Chan), nat(Duty)}).

get_duty(Mode, Chan) -> call({get_duty, key(Mode, Chan)}).

update_duty(Mode, Chan) -> call({update_duty, key(Mode, Chan)}).

set_duty_and_update(Mode, Chan, Duty, _HPoint) ->
    case set_duty(Mode, Chan, Duty) of
        ok -> update_duty(Mode, Chan);
        E -> E
    end.

set_freq(Mode, Timer, Freq) when is_integer(Freq), Freq > 0 ->
    call({set_freq, {mode(Mode), index(Timer, 3)}, Freq}).

get_freq(Mode, Timer) -> call({get_freq, {mode(Mode), index(Timer, 3)}}).

stop(Mode, Chan, IdleLevel) when IdleLevel =:= 0; IdleLevel =:= 1 ->
    call({stop, key(Mode, Chan), IdleLevel}).

fade_func_install(_IntrFlags) -> ok.

fade_func_uninstall() -> ok.

set_fade_with_time(Mode, Chan, Target, Ms) when is_integer(Ms), Ms >= 0 ->
    Steps = max(1, Ms div ?FADE_STEP_MS),
    call({set_fade, key(Mode, Chan), nat(Target), Steps}).

%% Scale duty units every CycleNum periods of the timer.
set_fade_with_step(Mode, Chan, Target, Scale, CycleNum)
  when is_integer(Scale), Scale > 0, is_integer(CycleNum), CycleNum > 0 ->
    call({set_fade_step, key(Mode, Chan), nat(Target), Scale, CycleNum}).

fade_start(Mode, Chan, FadeMode) when FadeMode =:= 0; FadeMode =:= 1 ->
    call({fade_start, key(Mode, Chan), FadeMode}).

mode(M) when M =:= 0; M =:= 1 -> M;
mode(_) -> erlang:error(badarg).

index(I, Max) when is_integer(I), I >= 0, I =< Max -> I;
index(_, _) -> erlang:error(badarg).

nat(N) when is_integer(N), N >= 0 -> N;
nat(_) -> erlang:error(badarg).

key(Mode, Chan) -> {mode(Mode), index(Chan, 7)}.

call(Req) ->
    Pid = server(),
    MRef = erlang:monitor(process, Pid),
    Pid ! {ledc, self(), MRef, Req},
    receive
        {MRef, Reply} ->
            erlang:demonitor(MRef, [flush]),
            Reply;
        {'DOWN', MRef, _, _, Reason} ->
            {error, Reason}
    end.

server() ->
    case whereis(?SERVER) of
        undefined ->
            Pid = spawn(?MODULE, init, []),
            try register(?SERVER, Pid) of
                true -> Pid
            catch
                error:badarg ->
                    %% Another process started it first.
                    exit(Pid, kill),
                    server()
            end;
        Pid ->
            Pid
    end.

%% ---------------------------------------------------------------------------
%% The module's process: timers and channels by {Mode, Number}.

init() ->
    loop(#{}, #{}).

loop(Timers, Chans) ->
    receive
        {ledc, From, Tag, Req} ->
            {Reply, Timers2, Chans2} = handle(Req, From, Tag, Timers, Chans),
            case Reply of
                noreply -> ok;
                _ -> From ! {Tag, Reply}
            end,
            loop(Timers2, Chans2);
        {fade_step, Key} ->
            loop(Timers, fade_step(Key, Timers, Chans))
    end.

handle({timer_config, Key, T}, _, _, Timers, Chans) ->
    Timers2 = Timers#{Key => T},
    %% Channels on this timer follow its new frequency and resolution.
    Chans2 = maps:map(fun(CKey, C) when C#chan.timer =:= Key ->
                              output(CKey, C, Timers2), C;
                         (_, C) -> C
                      end, Chans),
    {ok, Timers2, Chans2};
handle({channel_config, Key, TKey, Duty}, _, _, Timers, Chans) ->
    case maps:is_key(TKey, Timers) of
        false ->
            {{error, timer_not_configured}, Timers, Chans};
        true ->
            C = #chan{timer = TKey, duty = Duty, pending = Duty},
            case output(Key, C, Timers) of
                ok -> {ok, Timers, Chans#{Key => C}};
                Error -> {Error, Timers, Chans}
            end
    end;
handle(Req, From, Tag, Timers, Chans) ->
    Key = element(2, Req),
    case {Req, maps:find(Key, Chans), maps:find(Key, Timers)} of
        {{set_freq, _, Freq}, _, {ok, T}} ->
            Timers2 = Timers#{Key => T#timer{freq = Freq}},
            [output(K, C, Timers2) || {K, C} <- maps:to_list(Chans), C#chan.timer =:= Key],
            {ok, Timers2, Chans};
        {{get_freq, _}, _, {ok, T}} ->
            {T#timer.freq, Timers, Chans};
        {{Op, _}, _, error} when Op =:= get_freq ->
            {{error, timer_not_configured}, Timers, Chans};
        {{set_freq, _, _}, _, error} ->
            {{error, timer_not_configured}, Timers, Chans};
        {_, error, _} ->
            {{error, channel_not_configured}, Timers, Chans};
        {_, {ok, C}, _} ->
            chan_req(Req, Key, C, From, Tag, Timers, Chans)
    end.

chan_req({set_duty, _, Duty}, Key, C, _, _, Timers, Chans) ->
    {ok, Timers, Chans#{Key => C#chan{pending = Duty}}};
chan_req({get_duty, _}, _Key, C, _, _, Timers, Chans) ->
    {C#chan.duty, Timers, Chans};
chan_req({update_duty, _}, Key, C, _, _, Timers, Chans) ->
    C2 = C#chan{duty = C#chan.pending, fade = undefined},
    {output(Key, C2, Timers), Timers, Chans#{Key => C2}};
chan_req({stop, _, Level}, Key, C, _, _, Timers, Chans) ->
    #timer{bits = Bits} = maps:get(C#chan.timer, Timers),
    Duty = Level * (1 bsl Bits),
    C2 = C#chan{duty = Duty, pending = Duty, fade = undefined},
    {output(Key, C2, Timers), Timers, Chans#{Key => C2}};
chan_req({set_fade, _, Target, Steps}, Key, C, _, _, Timers, Chans) ->
    {ok, Timers, Chans#{Key => C#chan{fade = {Target, Steps, ?FADE_STEP_MS, undefined}}}};
chan_req({set_fade_step, _, Target, Scale, Cycles}, Key, C, _, _, Timers, Chans) ->
    #timer{freq = Freq} = maps:get(C#chan.timer, Timers),
    Steps = max(1, (abs(Target - C#chan.duty) + Scale - 1) div Scale),
    StepMs = max(1, (Cycles * 1000) div Freq),
    {ok, Timers, Chans#{Key => C#chan{fade = {Target, Steps, StepMs, undefined}}}};
chan_req({fade_start, _, WaitMode}, Key, C, From, Tag, Timers, Chans) ->
    case C#chan.fade of
        undefined ->
            {{error, no_fade}, Timers, Chans};
        {Target, Steps, StepMs, _} ->
            Waiter = case WaitMode of 1 -> {From, Tag}; 0 -> undefined end,
            Start = C#chan.duty,
            C2 = C#chan{fade = {Start, Target, 0, Steps, StepMs, Waiter}},
            self() ! {fade_step, Key},
            Reply = case WaitMode of 1 -> noreply; 0 -> ok end,
            {Reply, Timers, Chans#{Key => C2}}
    end.

fade_step(Key, Timers, Chans) ->
    case maps:find(Key, Chans) of
        {ok, #chan{fade = {Start, Target, I, Steps, StepMs, Waiter}} = C} ->
            I2 = I + 1,
            Duty = Start + (Target - Start) * I2 div Steps,
            C2 = C#chan{duty = Duty, pending = Duty},
            output(Key, C2, Timers),
            case I2 >= Steps of
                true ->
                    case Waiter of
                        {From, Tag} -> From ! {Tag, ok};
                        undefined -> ok
                    end,
                    Chans#{Key => C2#chan{fade = undefined}};
                false ->
                    erlang:send_after(StepMs, self(), {fade_step, Key}),
                    Chans#{Key => C2#chan{fade = {Start, Target, I2, Steps, StepMs, Waiter}}}
            end;
        _ ->
            Chans
    end.

%% Drives the channel's output: period from the timer's frequency, pulse from the duty.
output({Mode, Chan}, #chan{timer = TKey, duty = Duty}, Timers) ->
    case maps:find(TKey, Timers) of
        {ok, #timer{bits = Bits, freq = Freq}} ->
            Period = 1000000000 div Freq,
            Max = 1 bsl Bits,
            Pulse = Period * min(Duty, Max) div Max,
            try
                ledc:'$set'(8 * Mode + Chan, Period, Pulse)
            catch
                %% The platform has no such output.
                error:badarg -> {error, no_such_output}
            end;
        error ->
            {error, timer_not_configured}
    end.
