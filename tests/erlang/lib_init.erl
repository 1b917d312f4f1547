-module(lib_init).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    [init:get_argument(?MODULE:id(no_such_flag_here)),
     init:objfile_extension(),
     init:archive_extension(),
     init:ensure_loaded(?MODULE:id(lists)),
     is_list(init:get_arguments()),
     is_list(init:get_plain_arguments()),
     is_list(init:fetch_loaded()),
     try init:stop(?MODULE:id(-1)) catch C:R -> {C, R} end,
     try init:stop(?MODULE:id([1000000])) catch C2:R2 -> {C2, R2} end].
