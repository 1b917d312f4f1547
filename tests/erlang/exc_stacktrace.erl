-module(exc_stacktrace).
-export([start/0, id/1, remote_fail/1]).

id(X) -> X.

remote_fail(X) -> element(1, X).

frame_shape({M, F, A, Loc}) when is_atom(M), is_atom(F), (is_integer(A) orelse is_list(A)), is_list(Loc) -> ok;
frame_shape(Other) -> {bad_frame, Other}.

check(St) ->
    {is_list(St), length(St) > 0, [frame_shape(Fr) || Fr <- St] -- [ok || _ <- St] =:= []
                                  orelse lists:reverse([frame_shape(Fr) || Fr <- St])}.

top_mf([{M, F, _, _} | _]) -> {M, F};
top_mf(_) -> none.

top_args([{_, _, A, _} | _]) when is_list(A) -> {args, A};
top_args([{_, _, A, _} | _]) -> {arity, A};
top_args(_) -> none.

local_fail(X) -> X + 1.

start() ->
    S1 = try error(?MODULE:id(e)) catch error:_:St1 -> St1 end,
    S2 = try ?MODULE:remote_fail(?MODULE:id(not_tuple)) catch error:_:St2 -> St2 end,
    S3 = try local_fail(?MODULE:id(a)) catch error:_:St3 -> St3 end,
    S4 = try throw(?MODULE:id(t)) catch throw:_:St4 -> St4 end,
    S5 = try exit(?MODULE:id(x)) catch exit:_:St5 -> St5 end,
    S6 = try atom_to_list(?MODULE:id(1)) catch error:_:St6 -> St6 end,
    S7 = try error(?MODULE:id(e), [1, 2]) catch error:_:St7 -> St7 end,
    Shapes = [check(S) || S <- [S1, S2, S3, S4, S5, S6, S7]],
    Tops = [top_mf(S2), top_mf(S6), top_args(S2), top_args(S6), top_args(S7), top_mf(S7)],
    InCatch = case catch error(?MODULE:id(e)) of
                  {'EXIT', {e, St8}} -> check(St8);
                  Other -> Other
              end,
    {Shapes, Tops, InCatch}.
