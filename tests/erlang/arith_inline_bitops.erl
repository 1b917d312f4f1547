%% The inline fast paths of band/bor/bxor/bsl/bsr/bnot, element/2 and < / >= on small
%% integers, at the boundaries where they must hand over to the general BIF (results that
%% leave the small range on 32- and 64-bit words, shifts by large and negative amounts,
%% bad operands in guards and in bodies).
-module(arith_inline_bitops).
-export([start/0]).

vals() ->
    [0, 1, -1, 7, -8, 255, 1 bsl 26, -(1 bsl 26), (1 bsl 27) - 1, -(1 bsl 27), 1 bsl 27,
     (1 bsl 31) - 1, -(1 bsl 31), (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 59, (1 bsl 63) - 1,
     -(1 bsl 63), 1 bsl 64].

shifts() -> [0, 1, 2, 3, 4, 27, 28, 31, 32, 58, 59, 60, 61, 62, 63, 64, 65, 100, -1, -4, -27, -63, -64, -65, -1000].

start() ->
    Vs = vals(),
    Ss = shifts(),
    Shl = [erlang:phash2([X bsl S || S <- Ss]) || X <- Vs],
    Shr = [erlang:phash2([X bsr S || S <- Ss]) || X <- Vs],
    Ands = erlang:phash2([{X band Y, X bor Y, X bxor Y} || X <- Vs, Y <- Vs]),
    Nots = [bnot X || X <- Vs],
    Cmp = [{X < Y, X >= Y} || X <- Vs, Y <- Vs],
    T = list_to_tuple(lists:seq(1, 20)),
    Els = [c(fun() -> element(I, T) end) || I <- [0, 1, 20, 21, -1, 1 bsl 60, a]],
    Bad = [c(fun() -> X bsl a end) || X <- [1]] ++
          [c(fun() -> a band 1 end), c(fun() -> bnot id(1.0) end), c(fun() -> element(1, id({})) end),
           c(fun() -> element(1, id([a])) end)],
    Guards = [g(X) || X <- [1, 2.0, a, 1 bsl 70, {x}, {1, 2}]],
    Big = [1 bsl 100 bsr 90, (1 bsl 100) band 255, bnot (1 bsl 100), -1 bsr 1000, 1 bsl 0],
    {Shl, Shr, Ands, Nots, erlang:phash2(Cmp), Els, Bad, Guards, Big}.

g(X) when X band 1 =:= 1 -> odd;
g(X) when is_integer(X), X bsr 1 >= 1 -> big;
g(X) when element(1, X) =:= x -> tagged;
g(X) when element(2, X) > 1 -> second;
g(_) -> other.

c(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
