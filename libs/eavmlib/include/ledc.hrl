%% Constants of AtomVM's ledc module (the ESP-IDF LEDC names and values).
-define(LEDC_HIGH_SPEED_MODE, 0).
-define(LEDC_LOW_SPEED_MODE, 1).

-define(LEDC_TIMER_0, 0).
-define(LEDC_TIMER_1, 1).
-define(LEDC_TIMER_2, 2).
-define(LEDC_TIMER_3, 3).

-define(LEDC_CHANNEL_0, 0).
-define(LEDC_CHANNEL_1, 1).
-define(LEDC_CHANNEL_2, 2).
-define(LEDC_CHANNEL_3, 3).
-define(LEDC_CHANNEL_4, 4).
-define(LEDC_CHANNEL_5, 5).
-define(LEDC_CHANNEL_6, 6).
-define(LEDC_CHANNEL_7, 7).

-define(LEDC_TIMER_1_BIT, 1).
-define(LEDC_TIMER_2_BIT, 2).
-define(LEDC_TIMER_3_BIT, 3).
-define(LEDC_TIMER_4_BIT, 4).
-define(LEDC_TIMER_5_BIT, 5).
-define(LEDC_TIMER_6_BIT, 6).
-define(LEDC_TIMER_7_BIT, 7).
-define(LEDC_TIMER_8_BIT, 8).
-define(LEDC_TIMER_9_BIT, 9).
-define(LEDC_TIMER_10_BIT, 10).
-define(LEDC_TIMER_11_BIT, 11).
-define(LEDC_TIMER_12_BIT, 12).
-define(LEDC_TIMER_13_BIT, 13).
-define(LEDC_TIMER_14_BIT, 14).
-define(LEDC_TIMER_15_BIT, 15).
-define(LEDC_TIMER_16_BIT, 16).
-define(LEDC_TIMER_17_BIT, 17).
-define(LEDC_TIMER_18_BIT, 18).
-define(LEDC_TIMER_19_BIT, 19).
-define(LEDC_TIMER_20_BIT, 20).

-define(LEDC_FADE_NO_WAIT, 0).
-define(LEDC_FADE_WAIT_DONE, 1).
