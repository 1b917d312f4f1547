-module(bin_compr).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

hex(Bin) -> << <<(hexdig(N))>> || <<N:4>> <= Bin >>.
hexdig(N) when N < 10 -> $0 + N;
hexdig(N) -> $a + N - 10.

unhex(Hex) -> << <<(undig(H)):4, (undig(L)):4>> || <<H, L>> <= Hex >>.
undig(C) when C >= $0, C =< $9 -> C - $0;
undig(C) when C >= $a, C =< $f -> C - $a + 10.

upper(B) -> << <<(if C >= $a, C =< $z -> C - 32; true -> C end)>> || <<C>> <= B >>.

xor_bin(A, B) -> << <<(X bxor Y)>> || {X, Y} <- zip(binary_to_list(A), binary_to_list(B)) >>.
zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

start() ->
    [
     hex(?I(<<"Hello, World">>)),
     unhex(hex(?I(<<0, 1, 127, 128, 255>>))),
     upper(?I(<<"mixed Case 123">>)),
     xor_bin(?I(<<1, 2, 3>>), ?I(<<255, 255, 255, 9>>)),
     << <<X>> || X <- seq(1, 10), X rem 2 =:= 0 >>,
     << <<X:N>> || N <- seq(1, 8), X <- [1] >>,
     << <<X/utf8>> || X <- ?I([16#41, 16#E9, 16#20AC, 16#1F600]) >>,
     << <<X/utf16>> || <<X/utf8>> <= ?I(<<"aé€"/utf8>>) >>,
     << <<X:32/float>> || X <- ?I([1.0, 2]) >>,
     << <<B/binary>> || B <- ?I([<<"a">>, <<"bc">>, <<>>]) >>,
     << <<B:2/binary>> || <<B:3/binary>> <= ?I(<<"abcdefgh">>) >>,
     << <<A, B>> || <<A, B>> <= ?I(<<1, 2, 3, 4, 5>>) >>,
     << <<B, A>> || <<A, B>> <= ?I(<<1, 2, 3, 4, 5, 6>>) >>,
     << <<X>> || <<X>> <= ?I(<<>>) >>,
     << <<>> || _ <- seq(1, 5) >>,
     << <<X:4>> || <<X:4>> <= ?I(<<16#AB, 16#C:4>>) >>,
     t(fun() -> << <<X>> || X <- ?I([1, foo]) >> end),
     t(fun() -> << <<X>> || X <- ?I(notlist) >> end),
     t(fun() -> << <<X>> || <<X>> <= ?I(notbin) >> end),
     [X || <<X>> <= ?I(<<1, 2, 3:4>>)],
     [{X, Y} || <<X:4>> <= ?I(<<16#12>>), <<Y:4>> <= ?I(<<16#34>>)],
     [X || <<X:16>> <= ?I(<<1, 2, 3, 4>>), X > 300],
     [X || <<1:1, X:7>> <= ?I(<<128, 1, 255, 130>>)],
     [X || <<0, X>> <= ?I(<<0, 1, 1, 2, 0, 3>>)],
     byte_size(<< <<X:16>> || X <- seq(1, 50000) >>),
     length([X || <<X:16>> <= << <<X:16>> || X <- seq(1, 50000) >>]),
     << <<(X * 2):16/little>> || <<X:16/big>> <= ?I(<<0, 1, 0, 2>>) >>
    ].
