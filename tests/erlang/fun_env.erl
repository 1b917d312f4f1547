-module(fun_env).
-export([start/0, id/1]).

%% closures capturing every kind of term; funs passed through data and called later

id(X) -> X.

capture_all(I, F, A, L, T, M, B, Bits, Big, Fun) ->
    fun(sel) -> [I, F, A, L, T, M, B, Bits, Big, Fun(I)];
       (sum) -> I + F + Big;
       (size) -> {length(L), tuple_size(T), map_size(M), byte_size(B), bit_size(Bits)}
    end.

acc_funs(0, Acc) -> Acc;
acc_funs(N, Acc) -> acc_funs(N - 1, [fun(X) -> X + N end | Acc]).

apply_chain([], X) -> X;
apply_chain([F | Fs], X) -> apply_chain(Fs, F(X)).

make_counter_chain(N) ->
    lists:reverse(acc_funs(N, [])).

start() ->
    C = capture_all(?MODULE:id(3), ?MODULE:id(2.5), ?MODULE:id(atom), ?MODULE:id([1, 2]),
                    ?MODULE:id({t, u, v}), ?MODULE:id(#{k => v}), ?MODULE:id(<<"bin">>),
                    ?MODULE:id(<<1:3>>), ?MODULE:id(1 bsl 100), fun(X) -> X * 1000 end),
    Fs = make_counter_chain(?MODULE:id(1000)),
    Pairs = [{N, fun() -> N * N end} || N <- [1, 2, 3]],
    Tree = {node, fun(X) -> X + 1 end, {leaf, fun(X) -> X * 2 end}, {leaf, fun(X) -> X - 3 end}},
    [
     C(sel), C(sum), C(size),
     apply_chain(Fs, 0),
     length(Fs),
     [{N, F()} || {N, F} <- Pairs],
     walk(Tree, 10),
     (hd(tl(Fs)))(0)
    ].

walk({leaf, F}, X) -> [F(X)];
walk({node, F, L, R}, X) -> Y = F(X), walk(L, Y) ++ walk(R, Y).
