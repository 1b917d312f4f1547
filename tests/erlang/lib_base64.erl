-module(lib_base64).
-export([start/0, id/1]).

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

start() ->
    Bins = [list_to_binary(lists:seq(0, N)) || N <- lists:seq(0, 40, 3)] ++ [<<>>, <<"f">>, <<"fo">>, <<"foo">>],
    Enc = [base64:encode(?MODULE:id(B)) || B <- Bins],
    {Enc, [base64:decode(E) =:= B || {E, B} <- lists:zip(Enc, Bins)],
     base64:encode("hello world"), base64:encode_to_string(<<"hello">>), base64:encode_to_string("hi"),
     base64:decode("aGVsbG8="), base64:decode(<<"aGk=">>), base64:decode_to_string("aGVsbG8gd29ybGQ="),
     base64:decode(" aGVs\nbG8=\r\n"), base64:decode("Zm\t9v"), base64:mime_decode("aGV!sbG8="),
     base64:mime_decode_to_string(<<"Zm9v">>), base64:mime_decode("Zm!9v"),
     base64:encode(list_to_binary(lists:seq(0, 255))),
     ?E(base64:decode("Zm!v")), ?E(base64:encode(a)), ?E(base64:decode(a)), ?E(base64:encode([256]))}.
