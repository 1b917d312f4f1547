-module(lib_io_pretty).
-export([start/0, id/1]).

id(X) -> X.

f(Fmt, Args) ->
    try flat(io_lib:format(?MODULE:id(Fmt), ?MODULE:id(Args)))
    catch C:R -> {C, R}
    end.

flat(L) -> flat(L, []).
flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

dup(0, _) -> [];
dup(N, X) -> [X | dup(N - 1, X)].

atom(N, C) -> list_to_atom(dup(N, C)).

terms() ->
    L30 = seq(1, 30),
    [seq(1, 40),
     {aaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccc, dddd},
     {1, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccc, ddddddddddddddddddddd},
     [{a, 1}, {bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, 2}, {ccccccccccccccccccccccccccccccccccccccc, 3}],
     {ok, [{application, kernel}, {description, "ERTS  CXC 138 10"}, {vsn, "8.5"},
           {modules, [a, b, c, d, e, f, g, h, i, j]}, {registered, [x, y, z]}]},
     #{aaaaaaaaaaaaaa => 1, bbbbbbbbbbbbbbbbbbbbbbbbb => [1, 2, 3], ccccccccccccccccccccccccccc => {x, y, z}},
     #{a => L30},
     #{L30 => a},
     maps:from_list([{list_to_atom([C]), C} || C <- seq($a, $p)]),
     ["aaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbb", "ccccccccccccccccccccccccccccc", "ddd"],
     list_to_binary(seq(1, 40)),
     list_to_binary(dup(95, $a)),
     [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18], [19, 20, 21]],
     {atom(36, $a), L30}, {atom(37, $a), L30}, [{atom(35, $a), L30}], [{atom(36, $a), L30}],
     {aaa, {xxxxxxxxxxxxxxxxxxxxxxxxxxx_1, [atom(38, $a), 35711]}, list_to_binary(seq(100, 140))},
     {atom(40, $a), 1, atom(38, $b)},
     {atom(45, $a), atom(10, $b), atom(10, $c), atom(10, $d), atom(10, $e), atom(10, $f)},
     [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a, b, c, d, e,
      f, g, h, i, j, k, {l}, m, n, o, p, q, r, s, t, u, v],
     seq(1, 39) ++ foo,
     [{a, b}, {c, d}, {e, f}, {g, h}, {i, j}, {k, l}, {m, n}, {o, p}, {q, r}, {s, t} | {aaa, bbb}],
     [<<1>> | {zzzzzzzzzzzzzzzzzzzzzzzzz, a, atom(34, $b), 236.5, xxx}],
     [{x} | {abc, seq(1, 28)}],
     nest(11, L30),
     {[<<"abc\n\t\"\\">>, "quote\"s", 'quoted atom', 'Cap', 'é', -0.0, 1.0e-10], [[]], {{}}},
     [#{a => 1}, #{b => 2}, #{c => 3}, #{d => 4}, #{e => 5}, #{f => 6}, #{g => 7}, #{h => 8}],
     {<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24:5>>},
     [list_to_binary([1 | dup(60, 20)]), {list_to_binary([1 | dup(60, 20)])}, #{list_to_binary([1 | dup(30, 20)]) => x}]].

nest(0, Acc) -> Acc;
nest(I, Acc) -> {list_to_atom("t" ++ integer_to_list(I)), nest(I - 1, Acc)}.

start() ->
    Ts = terms(),
    [[f("~p", [T]), f("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx~p", [T]), f("~40p", [T]),
      f("~P", [T, 5]), f("~.20p", [T]), f("ab~n~p~p", [T, T])] || T <- Ts].
