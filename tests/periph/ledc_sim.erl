%% AtomVM's ledc module on the host runner's simulated PWM outputs: timer and channel
%% configuration, duty updates, frequency changes, stop, a fade waited for, errors.
%% expect: {ok,ok,{200000,0},ok,0,{200000,0},ok,4096,{200000,100000},ok,2000,{500000,250000},ok,{500000,500000},ok,ok,8191,{500000,499938},{error,channel_not_configured},{error,timer_not_configured},[badarg,badarg]}
-module(ledc_sim).
-export([start/0]).

-include("ledc.hrl").

start() ->
    M = ?LEDC_HIGH_SPEED_MODE,
    R1 = ledc:timer_config([{duty_resolution, ?LEDC_TIMER_13_BIT}, {freq_hz, 5000},
                            {speed_mode, M}, {timer_num, ?LEDC_TIMER_0}]),
    R2 = ledc:channel_config([{channel, ?LEDC_CHANNEL_1}, {duty, 0}, {gpio_num, 2},
                              {speed_mode, M}, {hpoint, 0}, {timer_sel, ?LEDC_TIMER_0}]),
    O1 = ledc:'$get'(1),
    R3 = ledc:set_duty(M, 1, 4096),
    R4 = ledc:get_duty(M, 1),
    O2 = ledc:'$get'(1),
    R5 = ledc:update_duty(M, 1),
    R6 = ledc:get_duty(M, 1),
    O3 = ledc:'$get'(1),
    R7 = ledc:set_freq(M, ?LEDC_TIMER_0, 2000),
    R8 = ledc:get_freq(M, ?LEDC_TIMER_0),
    O4 = ledc:'$get'(1),
    R9 = ledc:stop(M, 1, 1),
    O5 = ledc:'$get'(1),
    ok = ledc:set_duty_and_update(M, 1, 0, 0),
    R10 = ledc:set_fade_with_time(M, 1, 8191, 100),
    R11 = ledc:fade_start(M, 1, ?LEDC_FADE_WAIT_DONE),
    R12 = ledc:get_duty(M, 1),
    O6 = ledc:'$get'(1),
    E1 = ledc:set_duty(M, 5, 10),
    E2 = ledc:channel_config([{channel, 2}, {speed_mode, M}, {timer_sel, 3}]),
    Bad = [catch_error(fun() -> ledc:set_duty(7, 1, 0) end),
           catch_error(fun() -> ledc:timer_config([{freq_hz, 0}]) end)],
    {R1, R2, O1, R3, R4, O2, R5, R6, O3, R7, R8, O4, R9, O5, R10, R11, R12, O6, E1, E2, Bad}.

catch_error(F) ->
    try F() catch error:R -> R end.
