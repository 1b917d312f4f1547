-module(exc_catch_expr).
-export([start/0, id/1]).

id(X) -> X.

strip({'EXIT', {Reason, Stack}}) when is_list(Stack) -> {'EXIT', Reason, stack, is_list(Stack)};
strip(V) -> V.

start() ->
    R = [catch ?MODULE:id(1),
         catch throw(?MODULE:id(thrown)),
         catch throw({'EXIT', ?MODULE:id(fake)}),
         catch exit(?MODULE:id(exited)),
         catch exit({?MODULE:id(a), b}),
         strip(catch error(?MODULE:id(errored))),
         strip(catch error({?MODULE:id(a), b})),
         strip(catch (?MODULE:id(1) + a)),
         strip(catch element(?MODULE:id(5), {a})),
         strip(catch list_to_atom(?MODULE:id(1))),
         catch ?MODULE:id([1, 2]),
         catch exit(?MODULE:id(normal))],
    Nested = catch (catch throw(?MODULE:id(inner))),
    Nested2 = (catch (catch ?MODULE:id(1) + 1)),
    Seq = begin
              A = (catch ?MODULE:id(a)),
              B = (catch throw(?MODULE:id(b))),
              {A, B}
          end,
    Match = case catch throw(?MODULE:id({ok, 42})) of
                {ok, N} -> {got, N};
                Other -> {other, Other}
            end,
    InList = [catch throw(?MODULE:id(X)) || X <- [1, 2, 3]],
    {R, Nested, Nested2, Seq, Match, InList}.
