-module(case_select_mixed).
-export([start/0, id/1]).

id(X) -> X.

%% clauses mixing types force type dispatch before value dispatch
kind(0) -> zero;
kind(1) -> one;
kind(a) -> a;
kind(b) -> b;
kind([]) -> nil;
kind({}) -> unit;
kind({_}) -> one_tuple;
kind(1.0) -> float_one;
kind(<<>>) -> empty_bin;
kind(#{}) -> map;
kind([_ | _]) -> list;
kind(<<_, _/binary>>) -> bin;
kind(X) when is_integer(X), X < 0 -> negative;
kind(X) when is_integer(X) -> big_or_other_int;
kind(X) when is_atom(X) -> other_atom;
kind(_) -> other.

%% jump table on consecutive ints with holes and a default
day(1) -> mon; day(2) -> tue; day(3) -> wed; day(4) -> thu; day(5) -> fri;
day(6) -> sat; day(7) -> sun; day(10) -> ten; day(20) -> twenty; day(30) -> thirty;
day(-1) -> minus_one; day(1000) -> thousand;
day(_) -> none.

%% many tuple tags
tag({add, A, B}) -> A + B;
tag({sub, A, B}) -> A - B;
tag({mul, A, B}) -> A * B;
tag({neg, A}) -> -A;
tag({abs, A}) -> abs(A);
tag({sq, A}) -> A * A;
tag({inc, A}) -> A + 1;
tag({dec, A}) -> A - 1;
tag({const}) -> 0;
tag({id, A}) -> A;
tag(_) -> error.

start() ->
    [
     [kind(?MODULE:id(X)) || X <- [0, 1, a, b, [], {}, {x}, 1.0, <<>>, #{}, #{k => v}, [1], <<1>>,
                                   -5, 99, 1 bsl 70, c, 2.0, {x, y}, <<1:1>>]],
     [day(?MODULE:id(X)) || X <- [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 30, -1, 1000, 999, a, 1.0]],
     [tag(?MODULE:id(X)) || X <- [{add, 1, 2}, {sub, 5, 3}, {mul, 4, 4}, {neg, 3}, {abs, -3}, {sq, 9},
                                  {inc, 1}, {dec, 1}, {const}, {id, q}, {unknown, 1}, {add, 1}]]
    ].
