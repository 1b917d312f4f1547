%% The ets module of OTP 25: the parts written over the VM's ets BIFs.
%%
%% The tables themselves, and new/insert/lookup/select/match/update_counter/info/... are
%% BIFs of the VM (rust/core/src/bif/ets.rs). This module adds the folds and the chunked
%% select/match with continuations. A continuation here holds the rest of the results,
%% computed when the first chunk was asked for (OTP's is opaque and reads the table
%% lazily); it ends as OTP's does, with '$end_of_table'.
-module(ets).

-export([foldl/3, foldr/3,
         select/3, select/1, select_reverse/3, select_reverse/1,
         match/3, match/1, match_object/3, match_object/1,
         setopts/2]).

foldl(F, Acc, T) when is_function(F, 2) ->
    lists:foldl(F, Acc, ets:tab2list(T));
foldl(F, Acc, T) ->
    erlang:error(badarg, [F, Acc, T]).

%% OTP walks a set, bag or duplicate_bag the same way for both folds; an ordered_set
%% backwards.
foldr(F, Acc, T) when is_function(F, 2) ->
    L = ets:tab2list(T),
    case ets:info(T, type) of
        ordered_set -> lists:foldr(F, Acc, L);
        _ -> lists:foldl(F, Acc, L)
    end;
foldr(F, Acc, T) ->
    erlang:error(badarg, [F, Acc, T]).

select(T, MS, Limit) when is_integer(Limit), Limit > 0 ->
    chunk(ets:select(T, MS), Limit);
select(T, MS, Limit) ->
    erlang:error(badarg, [T, MS, Limit]).

select_reverse(T, MS, Limit) when is_integer(Limit), Limit > 0 ->
    chunk(ets:select_reverse(T, MS), Limit);
select_reverse(T, MS, Limit) ->
    erlang:error(badarg, [T, MS, Limit]).

match(T, P, Limit) when is_integer(Limit), Limit > 0 ->
    chunk(ets:match(T, P), Limit);
match(T, P, Limit) ->
    erlang:error(badarg, [T, P, Limit]).

match_object(T, P, Limit) when is_integer(Limit), Limit > 0 ->
    chunk(ets:match_object(T, P), Limit);
match_object(T, P, Limit) ->
    erlang:error(badarg, [T, P, Limit]).

select(Cont) -> continue(Cont).
select_reverse(Cont) -> continue(Cont).
match(Cont) -> continue(Cont).
match_object(Cont) -> continue(Cont).

continue('$end_of_table') -> '$end_of_table';
continue({'$ets_cont', Rest, Limit}) -> chunk(Rest, Limit);
continue(Cont) -> erlang:error(badarg, [Cont]).

chunk([], _Limit) -> '$end_of_table';
chunk(L, Limit) ->
    case length(L) =< Limit of
        true -> {L, '$end_of_table'};
        false ->
            {Chunk, Rest} = lists:split(Limit, L),
            {Chunk, {'$ets_cont', Rest, Limit}}
    end.

%% Only {heir, ...} is kept; the concurrency options change nothing here.
setopts(T, Opts) when is_list(Opts) ->
    lists:foreach(fun(O) -> setopt(T, O) end, Opts),
    true;
setopts(T, Opt) ->
    setopts(T, [Opt]).

setopt(T, {heir, none}) -> ets:internal_set_heir(T, none, undefined);
setopt(T, {heir, Pid, Data}) when is_pid(Pid) -> ets:internal_set_heir(T, Pid, Data);
setopt(_T, {write_concurrency, B}) when is_boolean(B) -> ok;
setopt(_T, {read_concurrency, B}) when is_boolean(B) -> ok;
setopt(T, O) -> erlang:error(badarg, [T, O]).
