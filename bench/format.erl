%% String formatting through the standard library: io_lib:format/2 with the common
%% directives over N records of mixed terms; the checksum is the hash of all the output.
-module(format).
-export([start/0, run/1]).

start() -> run(20000).

run(N) ->
    run(N, 0, 0).

run(0, Bytes, H) -> {Bytes, H};
run(N, Bytes, H) ->
    Rec = {N, N * 1.5, [a, "str", <<"bin">>], #{k => N}},
    Line = io_lib:format("~p ~w ~s ~8.3f ~b ~.16B ~-6s|~c~n",
                         [Rec, element(3, Rec), "text", N / 7, N, N, "ab", $x]),
    B = iolist_to_binary(Line),
    run(N - 1, Bytes + byte_size(B), erlang:phash2({H, B})).
