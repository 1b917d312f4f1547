-module(hash_crc_adler).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Inputs = [<<>>, <<"a">>, <<"abc">>, <<"123456789">>, <<"The quick brown fox jumps over the lazy dog">>,
              ["io", [<<"list">>], $s]],
    Crc = [erlang:crc32(?MODULE:id(I)) || I <- Inputs],
    Adler = [erlang:adler32(?MODULE:id(I)) || I <- Inputs],
    CrcCont = erlang:crc32(erlang:crc32(?MODULE:id(<<"1234">>)), <<"56789">>),
    AdlerCont = erlang:adler32(erlang:adler32(?MODULE:id(<<"1234">>)), <<"56789">>),
    {Crc, Adler, CrcCont, AdlerCont}.
