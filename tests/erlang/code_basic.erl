-module(code_basic).
-export([start/0, id/1]).

id(X) -> X.

catching(F) ->
    try F() catch C:R -> {C, R} end.

%% code_dyn.erl: -module(code_dyn). -export([f/1]). f(X) -> X * 2.
%% (erlc +deterministic, OTP 25)
beam() ->
    <<70,79,82,49,0,0,2,24,66,69,65,77,65,116,85,56,0,0,0,52,0,0,0,6,8,99,111,100,101,95,100,121,110,1,102,6,101,114,108,97,110,103,1,42,11,109,111,100,117,108,101,95,105,110,102,111,15,103,101,116,95,109,111,100,117,108,101,95,105,110,102,111,67,111,100,101,0,0,0,74,0,0,0,16,0,0,0,0,0,0,0,169,0,0,0,7,0,0,0,3,1,16,153,16,2,18,34,16,1,32,125,5,16,0,3,33,3,19,1,48,153,0,2,18,82,0,1,64,64,18,3,78,16,16,1,80,153,0,2,18,82,16,1,96,64,3,19,64,18,3,78,32,32,3,0,0,83,116,114,84,0,0,0,0,73,109,112,84,0,0,0,40,0,0,0,3,0,0,0,3,0,0,0,4,0,0,0,2,0,0,0,3,0,0,0,6,0,0,0,1,0,0,0,3,0,0,0,6,0,0,0,2,69,120,112,84,0,0,0,40,0,0,0,3,0,0,0,5,0,0,0,1,0,0,0,6,0,0,0,5,0,0,0,0,0,0,0,4,0,0,0,2,0,0,0,1,0,0,0,2,77,101,116,97,0,0,0,29,131,108,0,0,0,1,104,2,100,0,16,101,110,97,98,108,101,100,95,102,101,97,116,117,114,101,115,106,106,0,0,0,76,111,99,84,0,0,0,4,0,0,0,0,65,116,116,114,0,0,0,40,131,108,0,0,0,1,104,2,100,0,3,118,115,110,108,0,0,0,1,110,16,0,66,250,204,135,163,101,84,129,197,191,239,11,154,230,89,232,106,106,67,73,110,102,0,0,0,27,131,108,0,0,0,1,104,2,100,0,7,118,101,114,115,105,111,110,107,0,5,56,46,50,46,51,106,0,68,98,103,105,0,0,0,70,131,104,3,100,0,13,100,101,98,117,103,95,105,110,102,111,95,118,49,100,0,17,101,114,108,95,97,98,115,116,114,97,99,116,95,99,111,100,101,104,2,100,0,4,110,111,110,101,108,0,0,0,1,100,0,13,100,101,116,101,114,109,105,110,105,115,116,105,99,106,0,0,76,105,110,101,0,0,0,21,0,0,0,0,0,0,0,0,0,0,0,3,0,0,0,1,0,0,0,0,49,0,0,0,84,121,112,101,0,0,0,26,0,0,0,1,0,0,0,1,31,255,0,0,0,0,0,0,0,0,255,255,255,255,255,255,255,255,0,0>>.

start() ->
    R1 = code:ensure_loaded(lists),
    R2 = code:ensure_loaded(?MODULE),
    R3 = code:ensure_loaded(no_such_module_xyz),
    R4 = code:is_loaded(no_such_module_xyz),
    R5 = code:is_loaded(erlang),
    R6 = element(1, code:is_loaded(?MODULE)),
    R7 = code:which(no_such_module_xyz),
    R8 = code:which(erlang),
    R9 = is_list(code:which(?MODULE)),
    R10 = [catching(fun() -> code:F("x") end) || F <- [ensure_loaded, is_loaded, which]],
    R11 = lists:keymember(?MODULE, 1, code:all_loaded()),
    R12 = lists:keymember(no_such_module_xyz, 1, code:all_loaded()),
    Bin = beam(),
    R13 = code:load_binary(other_name, "x.beam", Bin),
    R14 = code:load_binary(code_dyn, "x.beam", <<"junk">>),
    R15 = code:is_loaded(code_dyn),
    R16 = code:load_binary(code_dyn, "code_dyn.beam", Bin),
    M = ?MODULE:id(code_dyn),
    R17 = M:f(21),
    R18 = element(1, code:is_loaded(code_dyn)),
    R19 = [is_list(os:getenv("PATH")), os:getenv("SURELY_NOT_SET_VARIABLE_XYZ_123"),
           catching(fun() -> os:getenv(path) end)],
    {Mega, Sec, Micro} = os:timestamp(),
    R20 = is_integer(Mega) andalso is_integer(Sec) andalso is_integer(Micro),
    R21 = is_integer(os:system_time()) andalso is_integer(os:system_time(millisecond)),
    R22 = [try atomvm:platform() of generic_unix -> ok; Other -> Other catch error:undef -> ok end,
           try atomvm:random() of N when is_integer(N), N >= 0 -> ok; Other -> Other catch error:undef -> ok end,
           try atomvm:random_bytes(5) of <<_:5/binary>> -> ok; Other -> Other catch error:undef -> ok end,
           try atomvm:read_priv(no_such_app, "file") of undefined -> ok; Other -> Other catch error:undef -> ok end],
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22}.
