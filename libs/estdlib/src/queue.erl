%% The queue module of OTP 25: FIFO queues (original, extended and Okasaki APIs).
%%
%% A queue is {Rear, Front}: Front holds the oldest elements in order, Rear the newest in
%% reverse. When one list runs out the other is split as OTP's does, so the
%% representation after every operation is OTP's (queues can be exchanged with OTP nodes
%% and compared with =:=). Arguments that are not queues raise badarg, operations on an
%% empty queue that need an element raise empty.
-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1, member/2,
         in/2, in_r/2, out/1, out_r/1,
         get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1,
         reverse/1, join/2, split/2, filter/2, filtermap/2, fold/3, any/2, all/2,
         delete/2, delete_r/2, delete_with/2, delete_with_r/2,
         cons/2, head/1, tail/1, snoc/2, daeh/1, last/1, liat/1, init/1, lait/1]).


%%% Original API

new() -> {[], []}.

is_queue({R, F}) when is_list(R), is_list(F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when is_list(R), is_list(F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when is_list(R), is_list(F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when is_list(R), is_list(F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

%% The first half (rounded down) in front, the rest at the rear.
from_list(L) when is_list(L) ->
    {F, R} = lists:split(length(L) div 2, L),
    {lists:reverse(R, []), F};
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when is_list(R), is_list(F) -> lists:member(X, R) orelse lists:member(X, F);
member(X, Q) -> erlang:error(badarg, [X, Q]).

in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when is_list(R), is_list(F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when is_list(R), is_list(F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[V], []}) -> {{value, V}, {[], []}};
out({[Y | R], []}) ->
    [V | F] = lists:reverse(R, []),
    {{value, V}, {[Y], F}};
out({R, [V]}) when is_list(R) -> {{value, V}, r2f(R)};
out({R, [V | F]}) when is_list(R) -> {{value, V}, {R, F}};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [V]}) -> {{value, V}, {[], []}};
out_r({[], [X | F]}) ->
    [V | R] = lists:reverse(F, []),
    {{value, V}, {R, [X]}};
out_r({[V], F}) when is_list(F) -> {{value, V}, f2r(F)};
out_r({[V | R], F}) when is_list(F) -> {{value, V}, {R, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

%% A rear list alone as a queue: its newer half stays at the rear.
r2f(R) ->
    {R1, R2} = lists:split(length(R) div 2, R),
    {R1, lists:reverse(R2, [])}.

%% A front list alone as a queue: its older half stays in front.
f2r(F) ->
    {F1, F2} = lists:split(length(F) div 2, F),
    {lists:reverse(F2, []), F1}.

%%% Extended API

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when is_list(R), is_list(F) -> get(R, F);
get(Q) -> erlang:error(badarg, [Q]).

get(R, [V | _]) when is_list(R) -> V;
get([V], []) -> V;
get([_ | R], []) -> lists:last(R).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[V | _], F}) when is_list(F) -> V;
get_r({[], [V]}) -> V;
get_r({[], [_ | F]}) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, F}) when is_list(R), is_list(F) -> {value, get(R, F)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[V | _], F}) when is_list(F) -> {value, V};
peek_r({[], [V]}) -> {value, V};
peek_r({[], [_ | F]}) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Y | R], []}) ->
    [_ | F] = lists:reverse(R, []),
    {[Y], F};
drop({R, [_]}) when is_list(R) -> r2f(R);
drop({R, [_ | F]}) when is_list(R) -> {R, F};
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [X | F]}) ->
    [_ | R] = lists:reverse(F, []),
    {R, [X]};
drop_r({[_], F}) when is_list(F) -> f2r(F);
drop_r({[_ | R], F}) when is_list(F) -> {R, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

reverse({R, F}) when is_list(R), is_list(F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when is_list(R), is_list(F) -> Q;
join({[], []}, {R, F} = Q) when is_list(R), is_list(F) -> Q;
join({R1, F1}, {R2, F2}) when is_list(R1), is_list(F1), is_list(R2), is_list(F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

split(0, {R, F} = Q) when is_list(R), is_list(F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, is_list(R), is_list(F) ->
    Lf = length(F),
    if
        N < Lf ->
            {[X | T], F2} = lists:split(N, F),
            {{lists:reverse(T, []), [X]}, {R, F2}};
        N =:= Lf ->
            {f2r(F), r2f(R)};
        true ->
            case length(R) - (N - Lf) of
                M when M < 0 -> erlang:error(badarg, [N, Q]);
                0 -> {Q, {[], []}};
                M ->
                    {[Y | B], R1} = lists:split(M, R),
                    {{R1, F}, {[Y], lists:reverse(B, [])}}
            end
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% Fun returns true, false or a list of elements to put in place of the element.
filter(Fun, {R, F}) when is_function(Fun, 1), is_list(R), is_list(F) ->
    F1 = filter_f(Fun, F),
    R1 = filter_r(Fun, R),
    rebuild(R1, F1);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_f(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filter_f(Fun, F)];
        false -> filter_f(Fun, F);
        L when is_list(L) -> L ++ filter_f(Fun, F)
    end;
filter_f(_, []) -> [].

%% The rear list holds elements newest first: Fun is applied oldest first.
filter_r(Fun, [X | R]) ->
    R1 = filter_r(Fun, R),
    case Fun(X) of
        true -> [X | R1];
        false -> R1;
        L when is_list(L) -> lists:reverse(L, R1)
    end;
filter_r(_, []) -> [].

rebuild([], F) -> f2r(F);
rebuild(R, []) -> r2f(R);
rebuild(R, F) -> {R, F}.

filtermap(Fun, {R, F}) when is_function(Fun, 1), is_list(R), is_list(F) ->
    F1 = lists:filtermap(Fun, F),
    R1 = lists:reverse(lists:filtermap(Fun, lists:reverse(R, [])), []),
    rebuild(R1, F1);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

fold(Fun, Acc, {R, F}) when is_function(Fun, 2), is_list(R), is_list(F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc, F), R);
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% delete: the first occurrence in queue order (front list first, then the rear list
%% from its end); delete_r: the last one.
delete(X, {R, F} = Q) when is_list(R), is_list(F) ->
    delete_with_1(fun(Y) -> Y =:= X end, R, F, Q);
delete(X, Q) -> erlang:error(badarg, [X, Q]).

delete_r(X, {R, F} = Q) when is_list(R), is_list(F) ->
    delete_with_r_1(fun(Y) -> Y =:= X end, R, F, Q);
delete_r(X, Q) -> erlang:error(badarg, [X, Q]).

delete_with(Pred, {R, F} = Q) when is_function(Pred, 1), is_list(R), is_list(F) ->
    delete_with_1(Pred, R, F, Q);
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R, F} = Q) when is_function(Pred, 1), is_list(R), is_list(F) ->
    delete_with_r_1(Pred, R, F, Q);
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_1(Pred, R, F, Q) ->
    case del_first(Pred, F) of
        {ok, []} -> r2f(R);
        {ok, F1} -> {R, F1};
        none ->
            case del_first(Pred, lists:reverse(R, [])) of
                {ok, []} -> f2r(F);
                {ok, R1} -> {lists:reverse(R1, []), F};
                none -> Q
            end
    end.

delete_with_r_1(Pred, R, F, Q) ->
    case del_first(Pred, R) of
        {ok, []} -> f2r(F);
        {ok, R1} -> {R1, F};
        none ->
            case del_first(Pred, lists:reverse(F, [])) of
                {ok, []} -> r2f(R);
                {ok, F1} -> {R, lists:reverse(F1, [])};
                none -> Q
            end
    end.

del_first(Pred, [X | T]) ->
    case Pred(X) of
        true -> {ok, T};
        false ->
            case del_first(Pred, T) of
                {ok, T1} -> {ok, [X | T1]};
                none -> none
            end
    end;
del_first(_, []) -> none.

%%% Okasaki API

cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when is_list(R), is_list(F) -> get(R, F);
head(Q) -> erlang:error(badarg, [Q]).

tail(Q) -> drop(Q).

snoc(Q, X) -> in(X, Q).

daeh(Q) -> get_r(Q).

last(Q) -> get_r(Q).

liat(Q) -> drop_r(Q).

init(Q) -> drop_r(Q).

lait(Q) -> drop_r(Q).
