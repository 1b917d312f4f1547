-module(fun_higher).
-export([start/0, id/1, double/1]).

id(X) -> X.
double(X) -> X * 2.

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

foldl(_, A, []) -> A;
foldl(F, A, [H | T]) -> foldl(F, F(H, A), T).

filter(P, L) -> [X || X <- L, P(X)].

iterate(_, 0, X) -> X;
iterate(F, N, X) -> iterate(F, N - 1, F(X)).

pipe(Fs) -> fun(X) -> foldl(fun(F, Acc) -> F(Acc) end, X, Fs) end.

memo_fib(N) -> element(1, fib(N, #{})).
fib(N, Memo) when N < 2 -> {N, Memo};
fib(N, Memo) ->
    case Memo of
        #{N := V} -> {V, Memo};
        _ ->
            {A, M1} = fib(N - 1, Memo),
            {B, M2} = fib(N - 2, M1),
            {A + B, M2#{N => A + B}}
    end.

partial(F, A) -> fun(B) -> F(A, B) end.
flip(F) -> fun(A, B) -> F(B, A) end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    L = seq(1, ?MODULE:id(10)),
    [
     map(fun double/1, L),
     map(fun ?MODULE:double/1, L),
     map(fun erlang:integer_to_list/1, L),
     map(fun erlang:abs/1, [-1, 2, -3]),
     foldl(fun erlang:'+'/2, 0, L),
     foldl(fun(X, Acc) -> [X | Acc] end, [], L),
     filter(fun(X) -> X rem 2 =:= 1 end, L),
     filter(fun erlang:is_atom/1, [a, 1, b, "c"]),
     iterate(fun double/1, 10, 1),
     iterate(fun(X) -> [X] end, 3, x),
     (pipe([fun double/1, fun(X) -> X + 1 end, fun erlang:integer_to_list/1]))(20),
     memo_fib(?MODULE:id(90)),
     (partial(fun erlang:'-'/2, 100))(1),
     (flip(fun erlang:'-'/2))(100, 1),
     (flip(fun erlang:'++'/2))([1], [2]),
     map(fun({K, V}) -> {V, K} end, [{a, 1}, {b, 2}]),
     map(fun(F) -> F(3) end, [fun double/1, fun(X) -> X * X end, fun erlang:float/1]),
     foldl(fun(F, Acc) -> F(Acc) end, 1, [fun double/1 || _ <- seq(1, 64)])
    ].
