-module(pterm_basic).
-export([start/0, id/1]).

id(X) -> X.

catching(F) ->
    try F() catch C:R -> {C, R} end.

start() ->
    Key = {?MODULE, config},
    R0 = persistent_term:get(Key, none),
    ok = persistent_term:put(Key, #{a => 1, list => lists:seq(1, 10), bin => <<"hello">>}),
    R1 = persistent_term:get(Key),
    ok = persistent_term:put(Key, replaced),
    R2 = persistent_term:get(Key),
    ok = persistent_term:put({?MODULE, 1}, one),
    ok = persistent_term:put({?MODULE, 1.0}, one_float),
    R3 = {persistent_term:get({?MODULE, 1}), persistent_term:get({?MODULE, 1.0})},
    R4 = catching(fun() -> persistent_term:get({?MODULE, missing}) end),
    R5 = persistent_term:get({?MODULE, missing}, default),
    Self = self(),
    spawn(fun() -> Self ! {seen, persistent_term:get(Key)} end),
    R6 = receive {seen, V} -> V end,
    Mine = lists:sort([{K, Val} || {{M, _} = K, Val} <- persistent_term:get(), M =:= ?MODULE]),
    R7 = persistent_term:erase(Key),
    R8 = persistent_term:erase(Key),
    R9 = catching(fun() -> persistent_term:get(Key) end),
    Info = persistent_term:info(),
    R10 = {is_map(Info), is_integer(maps:get(count, Info)), is_integer(maps:get(memory, Info))},
    Big = lists:seq(1, 1000),
    persistent_term:put({?MODULE, big}, {Big, <<0:8000>>}),
    {B1, B2} = persistent_term:get({?MODULE, big}),
    R11 = {B1 =:= Big, byte_size(B2)},
    persistent_term:erase({?MODULE, big}),
    persistent_term:erase({?MODULE, 1}),
    persistent_term:erase({?MODULE, 1.0}),
    {R0, R1, R2, R3, R4, R5, R6, Mine, R7, R8, R9, R10, R11}.
