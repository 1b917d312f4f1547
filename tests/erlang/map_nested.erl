-module(map_nested).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% path-based get/put on nested maps
get_in([], V) -> V;
get_in([K | Ks], M) -> get_in(Ks, maps:get(K, M)).

put_in([K], V, M) -> M#{K => V};
put_in([K | Ks], V, M) ->
    Sub = case maps:find(K, M) of {ok, S} -> S; error -> #{} end,
    M#{K => put_in(Ks, V, Sub)}.

depth(M) when is_map(M) -> 1 + maxl([depth(V) || V <- maps:values(M)], 0);
depth(_) -> 0.

maxl([], A) -> A;
maxl([H | T], A) when H > A -> maxl(T, H);
maxl([_ | T], A) -> maxl(T, A).

count_leaves(M) when is_map(M) -> sum([count_leaves(V) || V <- maps:values(M)]);
count_leaves(_) -> 1.

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

nest(0) -> leaf;
nest(N) -> #{N => nest(N - 1), {l, N} => N}.

start() ->
    C = ?MODULE:id(#{db => #{host => "h", port => 5432, opts => #{ssl => true}}, app => #{name => x}}),
    C2 = put_in([db, opts, timeout], 30, C),
    C3 = put_in([new, deep, path], v, C2),
    [
     get_in([db, port], C), get_in([db, opts, ssl], C),
     t(fun() -> get_in([db, nope], C) end),
     t(fun() -> get_in([db, port, x], C) end),
     C2, C3, depth(C3), count_leaves(C3),
     get_in([new, deep, path], C3),
     depth(nest(?MODULE:id(50))),
     count_leaves(nest(?MODULE:id(50))),
     get_in([3, 2, 1], nest(3)),
     get_in([10, 9, {l, 8}], nest(10)),
     #{a => #{b => 1}} =:= #{a => #{b => 1.0}},
     #{a => #{b => 1}} == #{a => #{b => 1.0}},
     #{k => #{}} < #{k => #{a => 1}},
     begin #{db := #{opts := #{ssl := S}}} = C, S end,
     t(fun() -> #{db := #{opts := #{ssl := false}}} = C end),
     maps:merge(?MODULE:id(#{a => #{x => 1}}), ?MODULE:id(#{a => #{y => 2}})),
     [{K, map_size(V)} || {K, V} <- maps:to_list(C3)],
     #{x => [#{y => {#{z => 1}}}]},
     maps:put(#{key => map}, #{value => map}, #{}),
     maps:get(#{key => map}, ?MODULE:id(#{#{key => map} => found}))
    ].
