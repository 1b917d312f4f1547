%% ~p, ~P, ~w and ~W on pseudo-random nested terms (a fixed linear congruential sequence,
%% so both VMs see the same terms); returns a hash of each formatted text.
-module(lib_io_pretty_random).
-export([start/0, id/1]).

id(X) -> X.

flat(L) -> flat(L, []).
flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc.

next(S) -> (S * 1103515245 + 12345) rem 2147483648.

rnd(S, N) -> S1 = next(S), {(S1 div 65536) rem N, S1}.

pick(S, L) -> {I, S1} = rnd(S, length(L)), {nth(I, L), S1}.

nth(0, [H | _]) -> H;
nth(I, [_ | T]) -> nth(I - 1, T).

dup(0, _) -> [];
dup(N, X) -> [X | dup(N - 1, X)].

atom(S) ->
    {N, S1} = rnd(S, 30),
    {C, S2} = pick(S1, "abcxyz"),
    {Suffix, S3} = pick(S2, ["", "Q", " x", "_1", [233]]),
    {list_to_atom(dup(N + 1, C) ++ Suffix), S3}.

str(S) ->
    {N, S1} = rnd(S, 40),
    str(N, S1, []).
str(0, S, Acc) -> {Acc, S};
str(N, S, Acc) -> {C, S1} = pick(S, "abcdefgh ijk\n\t\"\\'xyz~" ++ [233]), str(N - 1, S1, [C | Acc]).

leaf(S) ->
    {K, S1} = rnd(S, 9),
    case K of
        0 -> {I, S2} = rnd(S1, 100000), {I - 500, S2};
        1 -> atom(S1);
        2 -> str(S1);
        3 -> {I, S2} = rnd(S1, 1000000), {I / 1000, S2};
        4 -> pick(S1, [[], {}, #{}, <<>>, "", '', 'end', 'hello world']);
        5 -> {I, S2} = rnd(S1, 1000000), {I * 1000000000000000000, S2};
        _ -> pick(S1, [a, b, ok, error, undefined, 1, 2, 42, -7])
    end.

many(0, S, _, Acc) -> {Acc, S};
many(N, S, D, Acc) -> {T, S1} = term(S, D), many(N - 1, S1, D, [T | Acc]).

term(S, D) when D =< 0 -> leaf(S);
term(S, D) ->
    {K, S1} = rnd(S, 12),
    {N, S2} = rnd(S1, 7),
    case K of
        0 -> leaf(S2);
        1 -> leaf(S2);
        2 -> many(N, S2, D - 1, []);
        3 -> {L, S3} = many(N, S2, D - 1, []), {list_to_tuple(L), S3};
        4 -> {A, S3} = atom(S2), {L, S4} = many(N + 1, S3, D - 1, []), {list_to_tuple([A | L]), S4};
        5 -> {Ks, S3} = many(N, S2, D - 2, []), {Vs, S4} = many(N, S3, D - 1, []),
             {maps:from_list(zip(Ks, Vs)), S4};
        6 -> {L, S3} = many(N * 4, S2, 0, []), {L, S3};
        7 -> {L, S3} = str(S2), {list_to_binary([C band 255 || C <- L]), S3};
        8 -> {Bs, S3} = bytes(N * 6, S2, []), {list_to_binary(Bs), S3};
        9 -> {H, S3} = term(S2, D - 1), {T, S4} = term(S3, D - 1), {[H | T], S4};
        10 -> {A, S3} = atom(S2), {L, S4} = many(N + 1, S3, D - 1, []), {{A, L}, S4};
        _ -> {Bs, S3} = bytes(N * 5, S2, []), {B, S4} = rnd(S3, 7), {<<(list_to_binary(Bs))/binary, B:3>>, S4}
    end.

bytes(0, S, Acc) -> {Acc, S};
bytes(N, S, Acc) -> {B, S1} = rnd(S, 256), bytes(N - 1, S1, [B | Acc]).

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

run(0, _, Acc) -> lists:reverse(Acc);
run(N, S, Acc) ->
    {T, S1} = term(S, 3 + N rem 3),
    {D, S2} = rnd(S1, 12),
    {P, S3} = rnd(S2, 40),
    Texts = [io_lib:format("~p", [T]), io_lib:format(dup(P, $x) ++ "~p", [T]),
             io_lib:format("~P", [T, D + 1]), io_lib:format("~" ++ integer_to_list(30 + P * 2) ++ "p", [T]),
             io_lib:format("~tp", [T]), io_lib:format("~w|~W", [T, T, D + 1]),
             io_lib:format("ab~n~p~p", [T, T])],
    run(N - 1, S3, [erlang:phash2([flat(X) || X <- Texts]) | Acc]).

start() ->
    run(?MODULE:id(400), 42, []).
