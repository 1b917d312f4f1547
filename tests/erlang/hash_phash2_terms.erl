-module(hash_phash2_terms).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Terms = [a, b, '', true, false, undefined, 'hello world', 'é', list_to_atom([16#3B1]),
             [], [a], "abc", [1, 2, 3], [a | b], [[]], "hello world", seq(1, 100),
             {}, {a}, {a, b}, {1, {2, {3}}}, list_to_tuple(seq(1, 300)),
             <<>>, <<0>>, <<"abc">>, <<1:1>>, <<1:7>>, <<"abc", 1:3>>, list_to_binary(seq(0, 255)),
             #{}, #{a => 1}, #{a => 1, b => 2}, #{b => 2, a => 1}, #{1 => 1.0, 1.0 => 1},
             #{k => #{k => [v]}}, maps:from_list([{I, I} || I <- seq(1, 100)]),
             {[a, "b"], #{c => <<"d">>}, 1.5, -7}],
    Hashes = [erlang:phash2(?MODULE:id(T)) || T <- Terms],
    Ranged = [erlang:phash2(?MODULE:id(T), R) || T <- [a, "abc", {1, 2}, <<"x">>], R <- [1, 2, 10, 1 bsl 16, 1 bsl 32]],
    Order = erlang:phash2(?MODULE:id(#{a => 1, b => 2})) =:= erlang:phash2(?MODULE:id(maps:from_list([{b, 2}, {a, 1}]))),
    BigMap = erlang:phash2(?MODULE:id(maps:from_list([{I, I} || I <- seq(1, 100)]))) =:=
             erlang:phash2(?MODULE:id(maps:from_list([{I, I} || I <- lists:reverse(seq(1, 100))]))),
    SubBin = erlang:phash2(binary:part(?MODULE:id(<<"xxabcxx">>), 2, 3)) =:= erlang:phash2(<<"abc">>),
    Bad = [try erlang:phash2(?MODULE:id(a), ?MODULE:id(R)) catch Cl:Rs -> {Cl, Rs} end || R <- [0, -1, 1 bsl 32 + 1, a]],
    {Hashes, Ranged, Order, BigMap, SubBin, Bad}.
