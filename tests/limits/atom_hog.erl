%% Atoms until the budget is gone: the process making them ends with system_limit (from
%% list_to_atom, as at OTP's atom count limit, or from its next heap allocation: atoms are
%% never freed), and the VM goes on with the atoms it has.
%% max-memory: 3M
%% expect: {down,system_limit,atom_hog_with_a_long_name_0}
-module(atom_hog).
-export([start/0]).

start() ->
    {Pid, Ref} = spawn_monitor(fun() -> atoms(0) end),
    Reason = receive {'DOWN', Ref, process, Pid, {R, _Stack}} -> R; {'DOWN', Ref, process, Pid, R} -> R end,
    {down, Reason, list_to_existing_atom("atom_hog_with_a_long_name_0")}.

atoms(N) ->
    _ = list_to_atom("atom_hog_with_a_long_name_" ++ integer_to_list(N)),
    atoms(N + 1).
