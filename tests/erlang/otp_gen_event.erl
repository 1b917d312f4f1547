%% gen_event: handlers added, called, notified (async and sync), removed by return values,
%% crashes and delete_handler, swapped, supervised handlers, which_handlers, stop.
%% Handlers (this module, with ids) report every callback to the test process.
-module(otp_gen_event).
-behaviour(gen_event).
-export([start/0, id/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

id(X) -> X.

report(X) -> otp_gev_test ! X, ok.

init({ok, S}) -> report({init, S}), {ok, S};
init({{swapped_from, Old}, S}) -> report({init_swap, S, Old}), {ok, S};
init({S, Old}) when is_atom(S) -> report({init_swap, S, Old}), {ok, S};
init(crash) -> erlang:error(init_crash);
init(Other) -> Other.

handle_event({crash, S}, S) -> erlang:error({crashed, S});
handle_event({remove, S}, S) -> remove_handler;
handle_event({bad, S}, S) -> bogus;
handle_event({swap, S, New}, S) -> {swap_handler, {swap_out, S}, S, {?MODULE, New}, New};
handle_event(E, S) -> report({event, S, E}), {ok, S}.

handle_call(remove, S) -> {remove_handler, {removed, S}};
handle_call(crash, S) -> erlang:error({call_crashed, S});
handle_call(bad, _S) -> bogus;
handle_call({swap, New}, S) -> {swap_handler, swapped, {swap_out, S}, S, {?MODULE, New}, New};
handle_call(Q, S) -> {ok, {S, Q}, S}.

handle_info(I, S) -> report({info, S, I}), {ok, S}.

terminate(Args, S) -> report({terminate, S, clean(Args)}), {was, S}.

clean(P) when is_pid(P) -> pid;
clean(R) when is_reference(R) -> ref;
clean({R, [{M, F, A, L} | _]}) when is_atom(M), is_atom(F), is_list(L), (is_integer(A) orelse is_list(A)) ->
    {clean(R), stack};
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

flush() ->
    receive M -> [M | flush()] after 50 -> [] end.

h(N) -> {?MODULE, N}.

start() ->
    process_flag(trap_exit, true),
    register(otp_gev_test, self()),
    {ok, M} = gen_event:start_link({local, gev}),
    Add = [gen_event:add_handler(gev, h(a), {ok, a}), gen_event:add_handler(gev, h(b), {ok, b}),
           gen_event:add_handler(gev, ?MODULE, {ok, plain}),
           gen_event:add_handler(gev, h(a), {ok, a}),
           gen_event:add_handler(gev, h(c), {error, no}),
           gen_event:add_handler(gev, h(c), crash),
           gen_event:add_handler(gev, h(c), ignore),
           gen_event:which_handlers(gev), flush()],
    Notify = [gen_event:notify(gev, hello), gen_event:sync_notify(gev, world), flush(),
              gev ! an_info, flush()],
    Calls = [gen_event:call(gev, h(a), q1), gen_event:call(gev, ?MODULE, q2),
             gen_event:call(gev, h(nobody), q3), gen_event:call(gev, h(b), remove), flush(),
             gen_event:which_handlers(gev)],
    {ok, S} = gen_event:start_link(),
    Crash = [gen_event:add_handler(S, h(x), {ok, x}), gen_event:add_handler(S, h(y), {ok, y}),
             gen_event:add_handler(S, h(z), {ok, z}),
             gen_event:sync_notify(S, {crash, x}), flush(), gen_event:which_handlers(S),
             gen_event:sync_notify(S, {remove, y}), flush(), gen_event:which_handlers(S),
             gen_event:sync_notify(S, {bad, z}), flush(), gen_event:which_handlers(S),
             gen_event:add_handler(S, h(w), {ok, w}),
             clean(gen_event:call(S, h(w), crash)), flush(),
             gen_event:add_handler(S, h(v), {ok, v}),
             gen_event:call(S, h(v), bad), flush(), gen_event:which_handlers(S)],
    Swap = [gen_event:add_handler(S, h(s1), {ok, s1}),
            gen_event:sync_notify(S, {swap, s1, s2}), flush(), gen_event:which_handlers(S),
            gen_event:call(S, h(s2), {swap, s3}), flush(), gen_event:which_handlers(S),
            gen_event:swap_handler(S, {h(s3), to_s4}, {h(s4), s4}), flush(),
            gen_event:which_handlers(S)],
    Delete = [gen_event:delete_handler(gev, h(a), bye), flush(),
              gen_event:delete_handler(gev, h(a), bye), gen_event:which_handlers(gev)],
    Sup = [gen_event:add_sup_handler(gev, h(sa), {ok, sa}),
           gen_event:add_sup_handler(gev, h(sb), {ok, sb}),
           gen_event:add_sup_handler(gev, h(sc), {ok, sc}),
           gen_event:delete_handler(gev, h(sa), del), flush(),
           gen_event:sync_notify(gev, {crash, sb}), flush(),
           gen_event:sync_notify(gev, {remove, sc}), flush(),
           gen_event:which_handlers(gev)],
    Stop = [gen_event:add_sup_handler(gev, h(sd), {ok, sd}), gen_event:stop(gev), flush(),
            gen_event:stop(S), flush(), whereis(gev),
            catch gen_event:notify(gev, x), clean(catch gen_event:sync_notify(gev, x))],
    _ = M,
    clean([Add, Notify, Calls, Crash, Swap, Delete, Sup, Stop]).
