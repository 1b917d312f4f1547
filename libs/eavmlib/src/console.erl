%% console: direct console output, AtomVM's API. console:print/1 is native (a BIF of the
%% VM); puts and flush are built on it. Unlike io:format/2 these bypass group leaders and
%% the I/O protocol, so they also work where no I/O server runs.
-module(console).

-export([puts/1, puts/2, flush/0, flush/1]).

%% Writes a string (iodata, or a list of Unicode characters) to the console.
-spec puts(iodata() | unicode:chardata()) -> ok.
puts(String) ->
    puts(stdout, String).

-spec puts(stdout | stderr | pid(), iodata() | unicode:chardata()) -> ok.
puts(_Console, String) ->
    Bytes = try iolist_to_binary(String)
            catch error:badarg -> unicode:characters_to_binary(String)
            end,
    console:print(Bytes).

%% Output is written at once; nothing to flush.
-spec flush() -> ok.
flush() ->
    ok.

-spec flush(stdout | stderr | pid()) -> ok.
flush(_Console) ->
    ok.
