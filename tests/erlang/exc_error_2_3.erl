-module(exc_error_2_3).
-export([start/0, id/1, fails/2]).

id(X) -> X.

fails(A, B) -> error(?MODULE:id(bad_input), [A, B]).

top([{M, F, A, _} | _]) -> {M, F, A};
top(_) -> none.

start() ->
    E2 = try fails(1, 2) catch error:R:St -> {R, top(St)} end,
    E2none = try error(?MODULE:id(r), none) catch error:R2:St2 -> {R2, top(St2)} end,
    E3 = try error(?MODULE:id(r3), [x], [{error_info, #{module => ?MODULE}}]) catch error:R3:St3 -> {R3, top(St3)} end,
    E3b = try error(?MODULE:id(r3b), [y], []) catch error:R4:St4 -> {R4, top(St4)} end,
    Bad = [try error(?MODULE:id(r), ?MODULE:id(a), ?MODULE:id(b)) catch Cl:Rs -> {Cl, Rs} end],
    Catch = case catch fails(a, b) of {'EXIT', {Rc, Stc}} -> {Rc, top(Stc)}; Other -> Other end,
    {E2, E2none, E3, E3b, Bad, Catch}.
