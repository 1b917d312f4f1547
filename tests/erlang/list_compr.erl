-module(list_compr).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    L = ?MODULE:id(seq(1, 10)),
    [
     [X * 2 || X <- L],
     [X || X <- L, X rem 2 =:= 0],
     [X || X <- L, X > 3, X < 8],
     [{X, Y} || X <- seq(1, 3), Y <- seq(X, 3)],
     [{X, Y} || X <- seq(1, 4), Y <- seq(1, 4), X + Y =:= 5],
     [X || {X, _} <- ?MODULE:id([{a, 1}, b, {c, 2}, {d}, {e, 3, 4}])],
     [X || {X, X} <- ?MODULE:id([{a, a}, {a, b}, {1, 1}, {1, 1.0}])],
     [[Y || Y <- seq(1, X)] || X <- seq(0, 4)],
     [X || X <- ?MODULE:id([]), X > 0],
     [a || _ <- seq(1, 5)],
     [X || X <- L, true],
     [X || X <- L, false],
     [X || X <- ?MODULE:id([1, a, 2.0, "s", <<"b">>]), is_integer(X) orelse is_float(X)],
     [X || X <- ?MODULE:id([1, a, 2]), is_atom(X)],
     t(fun() -> [X || X <- ?MODULE:id([1, 2]), ?MODULE:id(notbool)] end),
     t(fun() -> [X || X <- ?MODULE:id(notalist)] end),
     [X || <<X>> <= ?MODULE:id(<<1, 2, 3>>)],
     [X || <<X:4>> <= ?MODULE:id(<<16#AB, 16#CD>>)],
     [{A, B} || <<A:3, B:5>> <= ?MODULE:id(<<255, 0, 170>>)],
     [X || <<X:16/little>> <= ?MODULE:id(<<1, 2, 3, 4, 5>>)],
     [X || <<X:8>> <= ?MODULE:id(<<1, 2, 3>>), X =/= 2],
     [X || <<X/utf8>> <= ?MODULE:id(<<"héllo"/utf8>>)],
     [X + Y || X <- seq(1, 3), <<Y>> <= ?MODULE:id(<<10, 20>>)],
     << <<X>> || X <- ?MODULE:id([65, 66, 67]) >>,
     << <<X:4>> || X <- ?MODULE:id([1, 2, 3]) >>,
     << <<X:16>> || <<X>> <= ?MODULE:id(<<1, 2>>) >>,
     << <<B/binary, B/binary>> || <<B:1/binary>> <= ?MODULE:id(<<"ab">>) >>,
     length([{X, Y, Z} || X <- seq(1, 20), Y <- seq(1, 20), Z <- seq(1, 20),
                          X * X + Y * Y =:= Z * Z]),
     [{X, Y, Z} || X <- seq(1, 20), Y <- seq(X, 20), Z <- seq(Y, 20),
                   X * X + Y * Y =:= Z * Z],
     [X || X <- L, Y <- [X], Y > 8],
     [X || X <- L, begin Y = X * X, Y > 50 end],
     qsort(?MODULE:id([5, 3, 9, 1, 5, 7, 2, 8, 0])),
     perms(?MODULE:id([a, b, c])),
     [X || [X] <- ?MODULE:id(["a", "bc", [], "d"])],
     [{K, V} || {K, V} <- ?MODULE:id([{1, one}, {2, two}]), K > 1]
    ].

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
