-module(recur_classic).
-export([start/0, id/1]).

id(X) -> X.

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

fib_iter(N) -> fib_iter(N, 0, 1).
fib_iter(0, A, _) -> A;
fib_iter(N, A, B) -> fib_iter(N - 1, B, A + B).

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

hanoi(0, _, _, _, Acc) -> Acc;
hanoi(N, From, To, Via, Acc) ->
    Acc1 = hanoi(N - 1, From, Via, To, Acc),
    hanoi(N - 1, Via, To, From, [{From, To} | Acc1]).

power(_, 0) -> 1;
power(B, E) when E rem 2 =:= 0 -> H = power(B, E div 2), H * H;
power(B, E) -> B * power(B, E - 1).

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

binom(_, 0) -> 1;
binom(N, N) -> 1;
binom(N, K) -> binom(N - 1, K - 1) + binom(N - 1, K).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

digits(0) -> [0];
digits(N) -> digits(N, []).
digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, [N rem 10 | Acc]).

sum_digits(N) -> lists_sum(digits(N)).
lists_sum([]) -> 0;
lists_sum([H | T]) -> H + lists_sum(T).

start() ->
    [
     fib(?MODULE:id(22)),
     fib_iter(?MODULE:id(300)),
     ack(?MODULE:id(2), ?MODULE:id(3)), ack(?MODULE:id(3), ?MODULE:id(5)),
     fact(?MODULE:id(50)),
     gcd(?MODULE:id(1071), ?MODULE:id(462)), gcd(fact(30), power(2, 100)),
     length(hanoi(?MODULE:id(10), a, c, b, [])),
     lists:reverse(hanoi(?MODULE:id(3), a, c, b, [])),
     power(?MODULE:id(3), ?MODULE:id(200)),
     collatz(?MODULE:id(27), 0),
     [collatz(N, 0) || N <- [1, 2, 3, 6, 7, 9, 97, 871]],
     binom(?MODULE:id(20), ?MODULE:id(10)),
     tak(?MODULE:id(18), ?MODULE:id(12), ?MODULE:id(6)),
     sum_digits(fact(?MODULE:id(100))),
     length(digits(power(2, 1000)))
    ].
