-module(hash_phash_extra).
-export([start/0, id/1]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

pow2(N) -> 1 bsl N.

start() ->
    Ints = [pow2(27) - 1, pow2(27), -pow2(27), -pow2(27) - 1, pow2(31), -pow2(31), pow2(32) - 1,
            pow2(32), pow2(59), -pow2(59), pow2(63) - 1, -pow2(63), pow2(64) + 1, pow2(95) + 7,
            pow2(96), -pow2(96) - 3, pow2(127) - 1, pow2(128), 3 bsl 200, -(5 bsl 333)],
    Big = term_to_binary(?MODULE:id(seq(1, 100))),
    Bins = [Bin || N <- seq(0, 30), <<Bin:N/binary, _/binary>> <- [Big]],
    <<_:5, Unal:40/binary, _/bitstring>> = Big,
    <<_:16, Aligned:20/binary, Tail:3, _/bitstring>> = Big,
    Bits = [<<1:1>>, <<0:1>>, <<255:8, 3:2>>, <<Unal/binary, 1:1>>, <<Aligned/binary, Tail:3>>, Unal],
    Lists = [[1, 2, 3, 4], [1, 2, 3, 4, 5], [256, 1, 2], [1, 256, 2], [a, 1, 2, 3, 4, 5, b], [1, 2 | 3],
             [1 | a], [[1, 2], [3]], ["abc" | <<"d">>], [-1, 0, 255, 256], [1.0, 2]],
    Maps = [#{a => #{b => #{c => []}}}, #{[] => [], {} => {}, <<>> => <<>>}, #{#{k => v} => 1, 1 => #{}},
            #{0 => 0.0, -0.0 => 1}, maps:from_list([{I, [I]} || I <- seq(1, 40)])],
    Floats = [-0.0, 1.0e-10, -1.0e10, 2.5, 1.7976931348623157e308, -4.9406564584124654e-324],
    Terms = Ints ++ Bins ++ Bits ++ Lists ++ Maps ++ Floats ++ [{}, {{}}, {[], []}, [[]], '', 'ÿ', 'Ωmega', fun erlang:abs/1, fun ?MODULE:id/1],
    H2 = [erlang:phash2(?MODULE:id(T)) || T <- Terms],
    H2R = [erlang:phash2(?MODULE:id(T), R) || T <- [a, 1 bsl 70, "str", #{x => y}], R <- [3, 1 bsl 31, (1 bsl 32) - 1, 1 bsl 32]],
    H1 = [erlang:phash(?MODULE:id(T), 1 bsl 32) || T <- Terms],
    H1R = [erlang:phash(?MODULE:id(T), R) || T <- [a, 1 bsl 70, "str", #{x => y}, <<1:3>>], R <- [1, 7, 1 bsl 31, 1 bsl 32]],
    Bad = [try erlang:phash(a, ?MODULE:id(R)) catch Cl:Rs -> {Cl, Rs} end || R <- [0, -1, (1 bsl 32) + 1, 1.0, x]],
    Same = [erlang:phash2(?MODULE:id(-0.0)) =:= erlang:phash2(0.0), erlang:phash(?MODULE:id(-0.0), 99) =:= erlang:phash(0.0, 99),
            erlang:phash2(maps:from_list([{I, I} || I <- seq(1, 50)])) =:= erlang:phash2(maps:from_list([{I, I} || I <- lists:reverse(seq(1, 50))]))],
    X = ?MODULE:id(5),
    Funs = [fun() -> ok end, fun(A) -> A + X end, fun(A, B) -> {A, B, X, [X]} end],
    HF = [{erlang:phash2(F), erlang:phash(F, 1 bsl 32)} || F <- Funs],
    {H2, H2R, H1, H1R, Bad, Same, HF}.
