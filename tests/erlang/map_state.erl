-module(map_state).
-export([start/0, id/1]).

%% a small bank/inventory simulation threading a map state

id(X) -> X.

step({deposit, Who, Amt}, S = #{accounts := Acc}) ->
    Old = case Acc of #{Who := B} -> B; _ -> 0 end,
    S#{accounts := Acc#{Who => Old + Amt}, log := [{dep, Who} | maps:get(log, S)]};
step({withdraw, Who, Amt}, S = #{accounts := Acc}) ->
    case Acc of
        #{Who := B} when B >= Amt -> S#{accounts := Acc#{Who := B - Amt}};
        #{Who := _} -> S#{errors := maps:get(errors, S) + 1};
        _ -> S#{errors := maps:get(errors, S) + 1}
    end;
step({transfer, From, To, Amt}, S) ->
    S1 = step({withdraw, From, Amt}, S),
    case maps:get(errors, S1) =:= maps:get(errors, S) of
        true -> step({deposit, To, Amt}, S1);
        false -> S1
    end;
step({close, Who}, S = #{accounts := Acc}) ->
    S#{accounts := maps:remove(Who, Acc)};
step(_, S) -> S#{errors := maps:get(errors, S) + 1}.

run([], S) -> S;
run([Op | Ops], S) -> run(Ops, step(Op, S)).

gen(0, _) -> [];
gen(N, Seed) ->
    S2 = (Seed * 16807) rem 2147483647,
    Who = list_to_atom([$a + S2 rem 5]),
    Op = case S2 rem 4 of
             0 -> {deposit, Who, S2 rem 100};
             1 -> {withdraw, Who, S2 rem 50};
             2 -> {transfer, Who, list_to_atom([$a + (S2 div 7) rem 5]), S2 rem 30};
             3 -> {deposit, Who, 1}
         end,
    [Op | gen(N - 1, S2)].

start() ->
    S0 = #{accounts => #{}, log => [], errors => 0},
    Small = run(?MODULE:id([{deposit, alice, 100}, {deposit, bob, 50}, {withdraw, alice, 30},
                            {withdraw, bob, 80}, {transfer, alice, bob, 20}, {transfer, carol, bob, 1},
                            {close, bob}, {bogus}, {withdraw, bob, 1}]), S0),
    Big = run(gen(?MODULE:id(20000), 42), S0),
    [
     Small,
     maps:get(accounts, Big),
     maps:get(errors, Big),
     length(maps:get(log, Big))
    ].
