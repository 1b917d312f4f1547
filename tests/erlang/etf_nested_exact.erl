-module(etf_nested_exact).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Terms = [{ok, [1, 2, 3]}, {error, {badarg, [{m, f, 1, [{line, 3}]}]}}, [{a, 1}, {b, "two"}, {c, <<"3">>}],
             #{name => <<"x">>, list => [1.5, -2], nested => #{k => {}}}, [[[]]], {[], [[]], {{}}},
             ["abc", [<<1>>, 'é'], 1 bsl 70], {1, -1, 256, -256, 70000, -70000}, [1 | {}]],
    Enc = [term_to_binary(?MODULE:id(T)) || T <- Terms],
    Back = [binary_to_term(B) || B <- Enc] =:= Terms,
    Sizes = [byte_size(B) || B <- Enc],
    {Enc, Back, Sizes}.
