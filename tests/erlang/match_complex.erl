-module(match_complex).
-export([start/0, id/1]).

id(X) -> X.

%% nested patterns mixing all term types
analyze({order, Id, #{customer := {Name, _}, items := [{Sku, Qty} | More]}, <<Ver, _/binary>>})
  when Qty > 0 ->
    {order, Id, Name, Sku, Qty, length(More), Ver};
analyze({order, Id, #{items := []}, _}) -> {empty_order, Id};
analyze({event, [{_, _} | _] = Props}) -> {props, length(Props)};
analyze({event, [H | T]}) when is_atom(H) -> {atoms, H, length(T)};
analyze({nested, {a, {b, {c, [1, 2, X]}}}}) -> {found, X};
analyze([{k, V1}, {k, V2} | _]) -> {kk, V1, V2};
analyze([_, [_, [_, [Deep]]]]) -> {deep, Deep};
analyze(#{list := [_, _ | _] = L, tuple := {_, _} = T}) -> {map_shapes, length(L), T};
analyze(<<Len:8, Payload:Len/binary, Crc:16>>) -> {packet, Payload, Crc};
analyze(_) -> unknown.

%% alias patterns
al(X = {A, B}) -> {X, A, B};
al([H | _] = L) -> {H, length(L)};
al(#{k := V} = M) -> {V, map_size(M)};
al(<<A, _/binary>> = B) -> {A, byte_size(B)};
al(Other) -> Other.

double_alias({A, _} = {_, B} = T) -> {A, B, T}.

start() ->
    Cases = [
        {order, 1, #{customer => {"ann", 30}, items => [{sku1, 2}, {sku2, 1}]}, <<3, "x">>},
        {order, 2, #{customer => {"bob", 40}, items => [{sku1, 0}]}, <<1>>},
        {order, 3, #{items => []}, ignored},
        {event, [{a, 1}, {b, 2}]},
        {event, [x, y, z]},
        {event, []},
        {nested, {a, {b, {c, [1, 2, 3]}}}},
        {nested, {a, {b, {c, [1, 2]}}}},
        [{k, 1}, {k, 2}, {k, 3}],
        [1, [2, [3, [4]]]],
        [1, [2, [3, [4, 5]]]],
        #{list => [1, 2, 3], tuple => {x, y}, extra => z},
        #{list => [1], tuple => {x, y}},
        <<3, "abc", 16#BEEF:16>>,
        <<3, "abc", 16#BE>>
    ],
    [
     [analyze(?MODULE:id(C)) || C <- Cases],
     [al(?MODULE:id(X)) || X <- [{1, 2}, [a, b, c], #{k => v, j => w}, <<9, 8>>, atom]],
     double_alias(?MODULE:id({p, q}))
    ].
