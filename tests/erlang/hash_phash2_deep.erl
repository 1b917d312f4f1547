-module(hash_phash2_deep).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

nest(0, X) -> X;
nest(N, X) -> nest(N - 1, [X]).

nest_t(0, X) -> X;
nest_t(N, X) -> nest_t(N - 1, {N, X}).

start() ->
    Terms = [nest(?MODULE:id(100), a), nest_t(?MODULE:id(100), b), seq(?MODULE:id(1), 10000),
             [seq(1, 10) || _ <- seq(1, 10)], [I * 1.5 || I <- seq(1, 20)],
             [list_to_binary(integer_to_list(I)) || I <- seq(1, 50)],
             [{I, integer_to_list(I)} || I <- seq(1, 30)], [1, 2 | 3], [a, b | <<"c">>],
             #{list => seq(1, 5), tuple => {x, y}, bin => <<"z">>, float => 2.5, map => #{}},
             maps:from_list([{integer_to_list(I), I} || I <- seq(1, 64)]),
             list_to_binary(seq(1, 200)), <<(list_to_binary(seq(1, 200)))/binary, 3:5>>],
    [erlang:phash2(?MODULE:id(T)) || T <- Terms].
