-module(bin_binary_match).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    S = ?I(<<"the cat sat on the mat with the hat">>),
    [
     binary:match(S, <<"the">>),
     binary:match(S, <<"at">>),
     binary:match(S, <<"dog">>),
     binary:match(S, [<<"sat">>, <<"cat">>]),
     binary:match(S, [<<"ca">>, <<"cat">>]),
     binary:match(S, [<<"cat">>, <<"ca">>]),
     binary:match(S, [<<"t">>, <<"th">>, <<"the">>]),
     binary:match(S, <<"the">>, [{scope, {1, 20}}]),
     binary:match(S, <<"the">>, [{scope, {35, -10}}]),
     binary:match(S, <<"the">>, [{scope, {0, 3}}]),
     binary:match(S, <<"the">>, [{scope, {0, 2}}]),
     binary:match(S, <<"the">>, []),
     binary:match(?I(<<>>), <<"a">>),
     t(fun() -> binary:match(S, <<>>) end),
     t(fun() -> binary:match(S, []) end),
     t(fun() -> binary:match(S, [<<"a">>, <<>>]) end),
     t(fun() -> binary:match(S, <<"a">>, [{scope, {0, 100}}]) end),
     t(fun() -> binary:match(S, <<"a">>, [{scope, {-1, 3}}]) end),
     t(fun() -> binary:match(S, <<"a">>, [bogus]) end),
     t(fun() -> binary:match(?I(notbin), <<"a">>) end),
     t(fun() -> binary:match(?I(<<1:3>>), <<"a">>) end),
     binary:matches(S, <<"the">>),
     binary:matches(S, <<"at">>),
     binary:matches(S, [<<"at">>, <<"t">>]),
     binary:matches(S, [<<"t">>, <<"at">>]),
     binary:matches(S, <<"zzz">>),
     binary:matches(?I(<<"aaaa">>), <<"aa">>),
     binary:matches(?I(<<"aaaaa">>), [<<"a">>, <<"aa">>]),
     binary:matches(S, <<"the">>, [{scope, {4, 20}}]),
     t(fun() -> binary:matches(S, <<>>) end),
     t(fun() -> binary:matches(S, [<<>>]) end),
     binary:split(S, <<" ">>),
     binary:split(S, <<" ">>, [global]),
     binary:split(S, [<<" ">>, <<"a">>], [global]),
     binary:split(S, <<"the">>, [global]),
     binary:split(S, <<"the">>, [global, trim]),
     binary:split(?I(<<",a,,b,,">>), <<",">>, [global]),
     binary:split(?I(<<",a,,b,,">>), <<",">>, [global, trim]),
     binary:split(?I(<<",a,,b,,">>), <<",">>, [global, trim_all]),
     binary:split(?I(<<",a,,b,,">>), <<",">>, [trim_all]),
     binary:split(?I(<<"abc">>), <<"x">>),
     binary:split(?I(<<"abc">>), <<"x">>, [global]),
     binary:split(?I(<<>>), <<"x">>),
     binary:split(?I(<<>>), <<"x">>, [trim_all]),
     binary:split(S, <<" ">>, [{scope, {8, 10}}]),
     binary:split(S, <<" ">>, [global, {scope, {8, 10}}]),
     t(fun() -> binary:split(S, <<>>) end),
     t(fun() -> binary:split(S, <<" ">>, [wrong]) end),
     binary:split(?I(<<1, 0, 2, 0, 0, 3>>), <<0>>, [global])
    ].
