-module(cmp_type_order).
-export([start/0, id/1]).

id(X) -> X.

%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
start() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Ordered = [?MODULE:id(X) || X <- [-(1 bsl 100), -1.5, 0, 1, 1.0e300, 1 bsl 2000,
               '', a, zzz, Ref, Fun, Pid, {}, {a}, {a, b}, #{}, #{a => 1}, [], [a], "abc",
               <<>>, <<1:1>>, <<0>>, <<1, 2>>]],
    Pairs = pairs(Ordered),
    Lt = [A < B || {A, B} <- Pairs],
    Gt = [B > A || {A, B} <- Pairs],
    Le = [A =< B || {A, B} <- Pairs],
    Ne = [A /= B || {A, B} <- Pairs],
    All = all_lt(Ordered),
    Types = [{type(A), type(B), A < B} || {A, B} <- [{Ref, Fun}, {Fun, Pid}, {Pid, {}}, {a, Ref}, {1, Ref},
             {Ref, Pid}, {#{}, []}, {{}, #{}}, {[], <<>>}, {"x", <<"a">>}, {zzzz, {}}, {Fun, #{}}]],
    Self = [X == X andalso X =:= X andalso not (X < X) || X <- Ordered],
    {Lt, Gt, Le, Ne, All, Types, Self}.

pairs([A, B | T]) -> [{A, B} | pairs([B | T])];
pairs(_) -> [].

all_lt(L) -> all_lt(L, L).
all_lt([], _) -> true;
all_lt([H | T], _) -> lists:reverse([X || X <- T, not (H < X)]) =:= [] andalso all_lt(T, T).

type(X) when is_reference(X) -> ref;
type(X) when is_function(X) -> 'fun';
type(X) when is_pid(X) -> pid;
type(X) when is_map(X) -> map;
type(X) when is_tuple(X) -> tuple;
type(X) when is_atom(X) -> atom;
type(X) when is_number(X) -> number;
type(X) when is_list(X) -> list;
type(X) when is_bitstring(X) -> bitstring.
