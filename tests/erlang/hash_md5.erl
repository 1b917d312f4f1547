-module(hash_md5).
-export([start/0, id/1]).

id(X) -> X.

rep(_, 0) -> [];
rep(X, N) -> [X | rep(X, N - 1)].

start() ->
    Inputs = [<<>>, <<"a">>, <<"abc">>, <<"message digest">>, <<"abcdefghijklmnopqrstuvwxyz">>,
              <<"The quick brown fox jumps over the lazy dog">>, list_to_binary(rep($a, 55)),
              list_to_binary(rep($a, 56)), list_to_binary(rep($a, 63)), list_to_binary(rep($a, 64)),
              list_to_binary(rep($a, 65)), list_to_binary(rep(<<"0123456789">>, 1000))],
    Digests = [erlang:md5(?MODULE:id(I)) || I <- Inputs],
    IoList = [erlang:md5(?MODULE:id(L)) || L <- [["a", <<"b">>, [$c]], "abc", [[], <<>>]]],
    Sizes = [byte_size(D) || D <- Digests],
    Bad = [try erlang:md5(?MODULE:id(X)) catch Cl:Rs -> {Cl, Rs} end || X <- [a, 1, [256], <<1:1>>]],
    {Digests, IoList, Sizes, Bad}.
