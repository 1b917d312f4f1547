%% AtomVM's ledc module on Zephyr's PWM API (a test controller that prints each
%% setting): configure, set a duty, change the frequency, a fade, an output that does
%% not exist.
-module(ledc_test).
-export([start/0]).

start() ->
    ok = ledc:timer_config([{duty_resolution, 13}, {freq_hz, 5000}, {speed_mode, 0},
                            {timer_num, 0}]),
    ok = ledc:channel_config([{channel, 1}, {duty, 0}, {gpio_num, 2}, {speed_mode, 0},
                              {timer_sel, 0}]),
    ok = ledc:set_duty(0, 1, 4096),
    ok = ledc:update_duty(0, 1),
    ok = ledc:set_freq(0, 0, 2000),
    ok = ledc:set_fade_with_time(0, 1, 8192, 40),
    ok = ledc:fade_start(0, 1, 1),
    Missing = ledc:channel_config([{channel, 5}, {speed_mode, 0}, {timer_sel, 0}]),
    {ledc:get_duty(0, 1), Missing}.
