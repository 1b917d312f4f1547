-module(fun_local).
-export([start/0, id/1]).

id(X) -> X.

sq(X) -> X * X.
inc(X) -> X + 1.
pair(A, B) -> {A, B}.
nullary() -> nothing.
many(A, B, C, D, E, F, G, H) -> [A, B, C, D, E, F, G, H].

get_fun(sq) -> fun sq/1;
get_fun(inc) -> fun inc/1;
get_fun(pair) -> fun pair/2;
get_fun(nullary) -> fun nullary/0;
get_fun(many) -> fun many/8.

start() ->
    Sq = fun sq/1,
    [
     Sq(5), (fun inc/1)(5), (fun pair/2)(a, b), (fun nullary/0)(),
     (fun many/8)(1, 2, 3, 4, 5, 6, 7, 8),
     (get_fun(?MODULE:id(sq)))(12),
     (get_fun(?MODULE:id(pair)))(x, y),
     (get_fun(?MODULE:id(many)))(a, b, c, d, e, f, g, h),
     [(get_fun(N))(3) || N <- ?MODULE:id([sq, inc])],
     Sq =:= fun sq/1,
     fun sq/1 =:= fun inc/1,
     element(2, erlang:fun_info(fun many/8, arity)),
     element(2, erlang:fun_info(fun nullary/0, arity)),
     element(2, erlang:fun_info(fun sq/1, module)),
     is_function(get_fun(?MODULE:id(many)), 8),
     [F(2) || F <- [fun sq/1, fun inc/1, fun erlang:abs/1, fun ?MODULE:id/1]],
     captured_many(?MODULE:id(1), ?MODULE:id(2), ?MODULE:id(3), ?MODULE:id(4), ?MODULE:id(5), ?MODULE:id(6)),
     closures_in_loop(?MODULE:id(5))
    ].

captured_many(A, B, C, D, E, F) ->
    G = fun(X) -> [A, B, C, D, E, F, X] end,
    H = fun() -> G(A + B + C + D + E + F) end,
    I = fun(Y) -> {H(), Y, fun() -> A * F end} end,
    {R1, R2, R3} = I(z),
    {R1, R2, R3(), length(element(2, erlang:fun_info(G, env)))}.

closures_in_loop(N) ->
    Fs = loop(N, []),
    [F() || F <- Fs].

loop(0, Acc) -> Acc;
loop(N, Acc) ->
    T = {N, N * N},
    loop(N - 1, [fun() -> T end | Acc]).
