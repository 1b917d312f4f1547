%% The ordsets module of OTP 25: sets as ordered lists without duplicates. Elements are
%% compared with the term order (==, <): of two equal elements the one already in the
%% set is kept. As in OTP, union/2 and intersection/2 swap their arguments after taking
%% an element of the second set, so of equal elements (1 and 1.0) the one of whichever
%% set is walked first at that point is kept.
-module(ordsets).

-export([add_element/2, del_element/2, filter/2, fold/3, from_list/1, intersection/1,
         intersection/2, is_disjoint/2, is_element/2, is_empty/1, is_set/1, is_subset/2,
         new/0, size/1, subtract/2, to_list/1, union/1, union/2]).

-compile({no_auto_import, [size/1]}).

new() -> [].

is_set([E | Es]) -> is_set(Es, E);
is_set([]) -> true;
is_set(_) -> false.

is_set([E2 | Es], E1) when E1 < E2 -> is_set(Es, E2);
is_set([_ | _], _) -> false;
is_set([], _) -> true.

size(S) -> length(S).

is_empty(S) -> S =:= [].

to_list(S) -> S.

from_list(L) -> lists:usort(L).

is_element(E, [H | Es]) when E > H -> is_element(E, Es);
is_element(E, [H | _]) when E < H -> false;
is_element(_, [_ | _]) -> true;
is_element(_, []) -> false.

add_element(E, [H | Es]) when E > H -> [H | add_element(E, Es)];
add_element(E, [H | _] = S) when E < H -> [E | S];
add_element(_, [_ | _] = S) -> S;
add_element(E, []) -> [E].

del_element(E, [H | Es]) when E > H -> [H | del_element(E, Es)];
del_element(E, [H | _] = S) when E < H -> S;
del_element(_, [_ | Es]) -> Es;
del_element(_, []) -> [].

union([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> [E1 | union(Es1, S2)];
union([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> [E2 | union(Es2, S1)];
union([E1 | Es1], [_ | Es2]) -> [E1 | union(Es1, Es2)];
union([], S2) -> S2;
union(S1, []) -> S1.

union(Sets) -> lists:umerge(Sets).

intersection([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> intersection(Es1, S2);
intersection([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> intersection(Es2, S1);
intersection([E1 | Es1], [_ | Es2]) -> [E1 | intersection(Es1, Es2)];
intersection([], _) -> [];
intersection(_, []) -> [].

intersection([S1, S2 | Ss]) -> intersection_list(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_list(S, [S1 | Ss]) -> intersection_list(intersection(S, S1), Ss);
intersection_list(S, []) -> S.

is_disjoint([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> is_disjoint(Es1, S2);
is_disjoint([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> is_disjoint(S1, Es2);
is_disjoint([_ | _], [_ | _]) -> false;
is_disjoint([], _) -> true;
is_disjoint(_, []) -> true.

subtract([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> [E1 | subtract(Es1, S2)];
subtract([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> subtract(S1, Es2);
subtract([_ | Es1], [_ | Es2]) -> subtract(Es1, Es2);
subtract([], _) -> [];
subtract(S1, []) -> S1.

is_subset([E1 | _], [E2 | _]) when E1 < E2 -> false;
is_subset([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> is_subset(S1, Es2);
is_subset([_ | Es1], [_ | Es2]) -> is_subset(Es1, Es2);
is_subset([], _) -> true;
is_subset(_, []) -> false.

fold(F, Acc, S) -> lists:foldl(F, Acc, S).

filter(P, S) -> lists:filter(P, S).
