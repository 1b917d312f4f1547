%% io_lib:fread/2: every directive, widths, suppression, literal characters, white space,
%% the {more, ...} answer when the input ends first, and errors.
-module(lib_io_fread).
-export([start/0]).

cases() ->
    [{"~d", "  42 rest"}, {"~d~d", "1 2"}, {"~s ~a", "hello world"}, {"~f", "3.14x"},
     {"~f", "3"}, {"~3d", "12345"}, {"~-d", "-5"}, {"~u", "ff"}, {"~16u", "ff"},
     {"~2u", "1012"}, {"~#", "16#ff"}, {"~#", "-2#101 x"}, {"~#", "99#1"}, {"~c", " x"},
     {"~3c", "abcd"}, {"~*d~d", "1 2"}, {"a~d", "a7"}, {"a~d", "b7"}, {"~d", "x"},
     {"~d", ""}, {"~d ~d", "1"}, {"~l~d~l", "  12"}, {"~e", "1.0e3"}, {"~g", "2.5"},
     {"~~~d", "~5"}, {"~s", "  "}, {"~d", "+3"}, {"~d", "-17x"}, {"~2s", "abc"},
     {"~a", "[x]"}, {"~d~s", "12ab"}, {"~f", "-1.5e-2 z"}, {"~f", "2.0E3"}, {"~d", "1_000"},
     {"~s~s", "a b"}, {"x y", "x    y"}, {"x y", "xy"}, {"~3c", "ab"}, {"~*s~s", "skip keep"},
     {"~d,~d", "3,4"}, {"~d,~d", "3;4"}, {"", "left"}, {"~x", "5"}, {"~-s", "a"},
     {"~s", ""}, {"~a", ""}, {"~c", ""}, {"~4u", "123"}, {"~10u", "12a"}, {"~#", "16#fg"},
     {"~d", "12a"}, {"~36u", "zZ1"}].

start() ->
    [io_lib:fread(F, S) || {F, S} <- cases()].
