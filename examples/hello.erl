-module(hello).
-export([start/0]).

%% The main job: an Erlang hello world on the host runner.
start() ->
    erlang:display("Hello, World!"),
    ok.
