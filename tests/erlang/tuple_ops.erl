-module(tuple_ops).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

%% grow a tuple by append_element repeatedly
grow(T, 0) -> T;
grow(T, N) -> grow(erlang:append_element(T, N), N - 1).

%% shrink from the front with delete_element
shrink(T, 0) -> T;
shrink(T, N) -> shrink(erlang:delete_element(1, T), N - 1).

%% insert at middle repeatedly
ins_mid(T, 0) -> T;
ins_mid(T, N) -> ins_mid(erlang:insert_element(tuple_size(T) div 2 + 1, T, N), N - 1).

reverse_tuple(T) -> list_to_tuple(lists:reverse(tuple_to_list(T))).

tmap(F, T) -> list_to_tuple([F(X) || X <- tuple_to_list(T)]).

tzip(A, B) -> list_to_tuple([{element(I, A), element(I, B)} || I <- seq(1, min(tuple_size(A), tuple_size(B)))]).

swap(T, I, J) ->
    A = element(I, T), B = element(J, T),
    setelement(J, setelement(I, T, B), A).

bubble(T) -> bubble(T, tuple_size(T)).
bubble(T, 1) -> T;
bubble(T, N) -> bubble(pass(T, 1, N), N - 1).
pass(T, I, N) when I >= N -> T;
pass(T, I, N) ->
    case element(I, T) > element(I + 1, T) of
        true -> pass(swap(T, I, I + 1), I + 1, N);
        false -> pass(T, I + 1, N)
    end.

start() ->
    G = grow({}, ?MODULE:id(500)),
    [
     tuple_size(G), element(1, G), element(500, G),
     tuple_size(shrink(G, 499)), shrink(G, 499),
     ins_mid({}, ?MODULE:id(9)),
     tuple_size(ins_mid({a, b}, 200)),
     reverse_tuple(?MODULE:id({1, 2, 3, 4})),
     tmap(fun(X) -> X * 10 end, ?MODULE:id({1, 2, 3})),
     tzip(?MODULE:id({a, b, c}), ?MODULE:id({1, 2})),
     swap(?MODULE:id({a, b, c, d}), 1, 4),
     bubble(?MODULE:id({5, 1, 4, 2, 8, 0, 3})),
     bubble(list_to_tuple([(X * 37) rem 101 || X <- seq(1, 100)])) =:= list_to_tuple(sorted_ref(100)),
     erlang:insert_element(3, erlang:delete_element(3, ?MODULE:id({a, b, c, d})), c)
    ].

sorted_ref(N) ->
    L = [(X * 37) rem 101 || X <- seq(1, N)],
    isort(L).
isort([]) -> [];
isort([H | T]) -> ins(H, isort(T)).
ins(X, [H | T]) when X > H -> [H | ins(X, T)];
ins(X, L) -> [X | L].
