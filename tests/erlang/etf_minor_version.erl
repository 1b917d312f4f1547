-module(etf_minor_version).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Terms = [a, 'é', list_to_atom([16#3B1]), 1.5, {a, 1.0}, [b | 'é'], #{c => 0.25}],
    V0 = [term_to_binary(?MODULE:id(T), [{minor_version, 0}]) || T <- Terms],
    V1 = [term_to_binary(?MODULE:id(T), [{minor_version, 1}]) || T <- Terms],
    V2 = [term_to_binary(?MODULE:id(T), [{minor_version, 2}]) || T <- Terms],
    Back = [binary_to_term(B) || B <- V0 ++ V1 ++ V2] =:= Terms ++ Terms ++ Terms,
    Bad = [try term_to_binary(a, ?MODULE:id(O)) catch Cl:Rs -> {Cl, Rs} end
           || O <- [[{minor_version, 3}], [{minor_version, -1}], [bogus], [{compressed, 10}], not_a_list]],
    {V0, V1, V2, Back, Bad}.
