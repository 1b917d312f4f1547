-module(cmp_binaries_atoms).
-export([start/0, id/1]).

id(X) -> X.

cmp(A, B) when A < B -> lt;
cmp(A, B) when A > B -> gt;
cmp(_, _) -> eq.

start() ->
    BPairs = [{<<>>, <<0>>}, {<<0>>, <<1>>}, {<<1, 2>>, <<1, 2, 0>>}, {<<2>>, <<1, 255>>},
              {<<255>>, <<"a">>}, {<<1:1>>, <<0>>}, {<<0:1>>, <<0>>}, {<<1:1>>, <<128>>},
              {<<128>>, <<1:1>>}, {<<"abc">>, <<"abd">>}, {<<"abc">>, <<"ab">>},
              {<<7:3>>, <<7:4>>}, {<<3:2>>, <<255>>}, {<<"x">>, <<"x">>}, {<<0:7>>, <<0:8>>}],
    B = [{cmp(?MODULE:id(X), Y), X =:= Y} || {X, Y} <- BPairs],
    APairs = [{a, b}, {b, a}, {a, aa}, {'', a}, {'Z', a}, {z, 'é'}, {'é', 'ê'}, {'[]', a},
              {abc, abc}, {'hello world', hello}, {true, false}, {nil, []}, {zz, 'zzz'}],
    A = [cmp(?MODULE:id(X), Y) || {X, Y} <- APairs],
    Unicode = [cmp(?MODULE:id(list_to_atom([X])), list_to_atom([Y])) || {X, Y} <- [{16#3B1, 16#3B2}, {255, 256}, {16#1F600, 16#3B1}, {$a, 16#3B1}]],
    {B, A, Unicode}.
