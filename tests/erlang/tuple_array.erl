-module(tuple_array).
-export([start/0, id/1]).

%% tuples used as fixed arrays / matrices

id(X) -> X.

new(N, V) -> erlang:make_tuple(N, V).
get(I, A) -> element(I + 1, A).
set(I, V, A) -> setelement(I + 1, A, V).

matrix(R, C, F) -> list_to_tuple([list_to_tuple([F(I, J) || J <- seq(1, C)]) || I <- seq(1, R)]).
mget(I, J, M) -> element(J, element(I, M)).

mmul(A, B) ->
    R = tuple_size(A), K = tuple_size(B), C = tuple_size(element(1, B)),
    matrix(R, C, fun(I, J) -> dot(A, B, I, J, K, 0) end).

dot(_, _, _, _, 0, Acc) -> Acc;
dot(A, B, I, J, K, Acc) -> dot(A, B, I, J, K - 1, Acc + mget(I, K, A) * mget(K, J, B)).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

%% sieve using a tuple of booleans
sieve(N) ->
    A = new(N + 1, true),
    A2 = set(0, false, set(1, false, A)),
    sieve(2, N, A2).
sieve(P, N, A) when P * P > N -> [I || I <- seq(0, N), get(I, A)];
sieve(P, N, A) ->
    case get(P, A) of
        true -> sieve(P + 1, N, mark(P * P, P, N, A));
        false -> sieve(P + 1, N, A)
    end.
mark(I, _, N, A) when I > N -> A;
mark(I, P, N, A) -> mark(I + P, P, N, set(I, false, A)).

%% histogram
hist([], H) -> H;
hist([X | T], H) -> hist(T, set(X, get(X, H) + 1, H)).

transpose(M) ->
    R = tuple_size(M), C = tuple_size(element(1, M)),
    matrix(C, R, fun(I, J) -> mget(J, I, M) end).

start() ->
    A = matrix(3, 3, fun(I, J) -> I * 10 + J end),
    Id = matrix(3, 3, fun(I, I) -> 1; (_, _) -> 0 end),
    [
     A, mmul(A, Id) =:= A, mmul(A, A),
     transpose(A),
     transpose(matrix(2, 4, fun(I, J) -> {I, J} end)),
     sieve(?MODULE:id(100)),
     length(sieve(?MODULE:id(3000))),
     hist([X rem 10 || X <- seq(1, 1000)] ++ [3, 3, 3], new(10, 0)),
     get(0, new(1, ?MODULE:id(z))),
     element(50, element(50, matrix(60, 60, fun(I, J) -> I * J end)))
    ].
