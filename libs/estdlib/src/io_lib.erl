%% io_lib: formatting terms and text into character lists.
%%
%% format/2 and fwrite/2 are io_lib_format's, print/1,4 io_lib_pretty's; this module holds
%% the plain writer (~w, ~W), the quoting and escaping of atoms, strings and characters,
%% and the character-list predicates. Written for this VM from OTP's documentation and
%% checked against OTP 25's output.
-module(io_lib).

-export([format/2, format/3, fwrite/2, fwrite/3, fread/2, print/1, print/4, indentation/2,
         scan_format/2, unscan_format/1, build_text/1, build_text/2,
         write/1, write/2, write/3, write_atom/1, write_atom_as_latin1/1, quote_atom/2,
         write_string/1, write_string/2, write_string_as_latin1/1, write_string_as_latin1/2,
         write_latin1_string/1, write_latin1_string/2, write_unicode_string/1,
         write_char/1, write_char_as_latin1/1, write_latin1_char/1, write_unicode_char/1,
         char_list/1, latin1_char_list/1, deep_char_list/1, deep_latin1_char_list/1,
         deep_unicode_char_list/1, printable_list/1, printable_latin1_list/1,
         printable_unicode_list/1, nl/0, chars_length/1, limit_term/2,
         collect_line/3, collect_line/4, collect_chars/3, collect_chars/4,
         get_until/3, get_until/4]).

%% Used by io_lib_pretty.
-export([write_atom_as/2, write_string_as/3]).

-export_type([chars/0, latin1_string/0, continuation/0, chars_limit/0]).

-type chars() :: [char() | chars()].
-type latin1_string() :: [unicode:latin1_char()].
-type continuation() :: term().
-type chars_limit() :: integer().

%% ---- formatting ----

format(Format, Args) ->
    try io_lib_format:fwrite(Format, Args)
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

format(Format, Args, Opts) ->
    try io_lib_format:fwrite(Format, Args, Opts)
    catch _:_ -> erlang:error(badarg, [Format, Args, Opts])
    end.

fwrite(Format, Args) ->
    format(Format, Args).

fwrite(Format, Args, Opts) ->
    format(Format, Args, Opts).

print(Term) ->
    io_lib_pretty:print(Term).

print(Term, Column, LineLength, Depth) ->
    io_lib_pretty:print(Term, Column, LineLength, Depth).

indentation(Chars, Col) ->
    io_lib_format:indentation(Chars, Col).

scan_format(Format, Args) ->
    try io_lib_format:scan(Format, Args)
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

unscan_format(FormatList) ->
    io_lib_format:unscan(FormatList).

build_text(FormatList) ->
    try io_lib_format:build(FormatList)
    catch _:_ -> erlang:error(badarg, [FormatList])
    end.

build_text(FormatList, Opts) ->
    try io_lib_format:build(FormatList, Opts)
    catch _:_ -> erlang:error(badarg, [FormatList, Opts])
    end.

nl() -> "\n".

%% ---- writing terms (~w, ~W) ----

write(Term) ->
    write1(Term, -1, latin1).

write(Term, Depth) when is_integer(Depth) ->
    write1(Term, Depth, latin1);
write(Term, Opts) when is_list(Opts) ->
    Depth = case lists:keyfind(depth, 1, Opts) of {depth, D} -> D; false -> -1 end,
    Enc = case lists:keyfind(encoding, 1, Opts) of {encoding, E} -> E; false -> latin1 end,
    write1(Term, Depth, Enc).

write(Term, Depth, true) ->
    print(Term, 1, 80, Depth);
write(Term, Depth, false) ->
    write(Term, Depth).

write1(_, 0, _) -> "...";
write1(T, _, _) when is_integer(T) -> integer_to_list(T);
write1(T, _, _) when is_float(T) -> float_to_list(T, [short]);
write1(T, _, Enc) when is_atom(T) -> write_atom_as(T, Enc);
write1([], _, _) -> "[]";
write1(T, 1, _) when is_list(T) -> "[...]";
write1([H | T], D, Enc) ->
    D1 = dec(D),
    [$[, write1(H, D1, Enc) | write_tail(T, D1, Enc)];
write1({}, _, _) -> "{}";
write1(T, 1, _) when is_tuple(T) -> "{...}";
write1(T, D, Enc) when is_tuple(T) ->
    [E | Es] = tuple_to_list(T),
    D1 = dec(D),
    [${, write1(E, D1, Enc) | write_elems(Es, D1, Enc)];
write1(M, D, Enc) when is_map(M) ->
    write_map(M, D, Enc);
write1(B, D, _) when is_bitstring(B) ->
    ["<<", write_bin(B, dec(D)), ">>"];
write1(P, _, _) when is_pid(P) -> pid_to_list(P);
write1(P, _, _) when is_port(P) -> port_to_list(P);
write1(R, _, _) when is_reference(R) -> ref_to_list(R);
write1(F, _, _) when is_function(F) -> erlang:fun_to_list(F).

dec(-1) -> -1;
dec(D) -> D - 1.

write_tail([], _, _) -> "]";
write_tail(_, 1, _) -> "|...]";
write_tail([H | T], D, Enc) ->
    D1 = dec(D),
    [$,, write1(H, D1, Enc) | write_tail(T, D1, Enc)];
write_tail(Other, D, Enc) ->
    [$|, write1(Other, dec(D), Enc), $]].

write_elems([], _, _) -> "}";
write_elems(_, 1, _) -> ",...}";
write_elems([E | Es], D, Enc) ->
    D1 = dec(D),
    [$,, write1(E, D1, Enc) | write_elems(Es, D1, Enc)].

%% As OTP 25: at depth D a map shows D-1 associations, each written at depth D-1, and
%% then ",..." unless all fitted with room to spare; at depth 1 it is "#{}".
write_map(M, D, Enc) ->
    case maps:to_list(M) of
        [] -> "#{}";
        _ when D =:= 1 -> "#{}";
        Ps ->
            D1 = dec(D),
            [$#, ${, write_assocs(Ps, D1, D1, Enc), $}]
    end.

write_assocs([], _, _, _) -> [];
write_assocs(_, 0, _, _) -> "...";
write_assocs([{K, V} | Ps], N, D, Enc) ->
    A = [write1(K, D, Enc), " => ", write1(V, D, Enc)],
    case Ps of
        [] when N =:= 1 -> [A, ",..."];
        [] -> A;
        _ -> [A, $, | write_assocs(Ps, dec(N), D, Enc)]
    end.

write_bin(<<>>, _) -> [];
write_bin(_, 0) -> "...";
write_bin(<<B:8>>, _) -> integer_to_list(B);
write_bin(<<B:8, Rest/bitstring>>, D) -> [integer_to_list(B), $, | write_bin(Rest, dec(D))];
write_bin(Bits, _) ->
    S = bit_size(Bits),
    <<V:S>> = Bits,
    [integer_to_list(V), $:, integer_to_list(S)].

%% ---- atoms ----

write_atom(A) -> write_atom_as(A, unicode).

write_atom_as_latin1(A) -> write_atom_as(A, latin1).

write_atom_as(A, Enc) ->
    Cs = atom_to_list(A),
    case quote_atom(A, Cs) of
        true -> quoted(Cs, $', Enc);
        false -> Cs
    end.

quote_atom(A, Cs) when is_atom(A) ->
    case Cs of
        [C | Rest] when C >= $a, C =< $z -> not (name_chars(Rest) andalso not reserved(A));
        [C | Rest] when C >= 223, C =< 255, C =/= 247 -> not name_chars(Rest);
        _ -> true
    end.

name_chars([C | Cs]) when C >= $a, C =< $z; C >= $A, C =< $Z; C >= $0, C =< $9;
                          C =:= $_; C =:= $@ -> name_chars(Cs);
name_chars([C | Cs]) when C >= 192, C =< 255, C =/= 215, C =/= 247 -> name_chars(Cs);
name_chars([]) -> true;
name_chars(_) -> false.

reserved('after') -> true;
reserved('and') -> true;
reserved('andalso') -> true;
reserved('band') -> true;
reserved('begin') -> true;
reserved('bnot') -> true;
reserved('bor') -> true;
reserved('bsl') -> true;
reserved('bsr') -> true;
reserved('bxor') -> true;
reserved('case') -> true;
reserved('catch') -> true;
reserved('cond') -> true;
reserved('div') -> true;
reserved('end') -> true;
reserved('fun') -> true;
reserved('if') -> true;
reserved('let') -> true;
reserved('not') -> true;
reserved('of') -> true;
reserved('or') -> true;
reserved('orelse') -> true;
reserved('receive') -> true;
reserved('rem') -> true;
reserved('try') -> true;
reserved('when') -> true;
reserved('xor') -> true;
reserved(_) -> false.

%% ---- strings and characters ----

write_string(S) -> write_string_as(S, $", unicode).

write_string(S, Q) -> write_string_as(S, Q, unicode).

write_string_as_latin1(S) -> write_string_as(S, $", latin1).

write_string_as_latin1(S, Q) -> write_string_as(S, Q, latin1).

write_latin1_string(S) -> write_latin1_string(S, $").

write_latin1_string(S, Q) ->
    case latin1_char_list(S) of
        true -> write_string_as(S, Q, latin1);
        false -> erlang:error(function_clause, [S, Q])
    end.

write_unicode_string(S) -> write_string(S).

write_string_as(S, Q, Enc) ->
    quoted(S, Q, Enc).

quoted(Cs, Q, Enc) ->
    [Q | quoted_chars(Cs, Q, Enc)].

quoted_chars([], Q, _) -> [Q];
quoted_chars([C | Cs], Q, Enc) ->
    escape(C, Q, Enc, quoted_chars(Cs, Q, Enc));
quoted_chars(_, Q, _) -> [Q].

escape(Q, Q, _, T) -> [$\\, Q | T];
escape($\\, _, _, T) -> [$\\, $\\ | T];
escape(C, _, Enc, T) when is_integer(C) ->
    case C of
        _ when C >= $\s, C =< $~ -> [C | T];
        _ when C >= 160, C =< 255 -> [C | T];
        $\n -> "\\n" ++ T;
        $\r -> "\\r" ++ T;
        $\t -> "\\t" ++ T;
        $\v -> "\\v" ++ T;
        $\b -> "\\b" ++ T;
        $\f -> "\\f" ++ T;
        $\e -> "\\e" ++ T;
        $\d -> "\\d" ++ T;
        _ when C > 255, Enc =:= unicode -> [C | T];
        _ when C > 255 -> "\\x{" ++ integer_to_list(C, 16) ++ "}" ++ T;
        _ when C >= 0 -> [$\\, $0 + (C bsr 6), $0 + ((C bsr 3) band 7), $0 + (C band 7) | T]
    end;
escape(C, _, _, T) ->
    [C | T].

write_char(C) when is_integer(C), C >= 0 -> [$$ | char_text(C, unicode)].

write_char_as_latin1(C) when is_integer(C), C >= 0 -> [$$ | char_text(C, latin1)].

write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 -> [$$ | char_text(C, latin1)].

write_unicode_char(C) -> write_char(C).

char_text($\s, unicode) -> "\\s";
char_text(C, _) when C =:= $"; C =:= $' -> [C];
char_text(C, Enc) -> escape(C, none, Enc, []).

%% ---- predicates ----

char_list([C | Cs]) when is_integer(C), C >= 0, C < 16#D800;
                         is_integer(C), C > 16#DFFF, C < 16#FFFE;
                         is_integer(C), C > 16#FFFF, C =< 16#10FFFF -> char_list(Cs);
char_list([]) -> true;
char_list(_) -> false.

latin1_char_list([C | Cs]) when is_integer(C), C >= 0, C =< 255 -> latin1_char_list(Cs);
latin1_char_list([]) -> true;
latin1_char_list(_) -> false.

deep_char_list(L) -> deep(L, fun(Cs) -> char_list(Cs) end).

deep_unicode_char_list(L) -> deep_char_list(L).

deep_latin1_char_list(L) -> deep(L, fun(Cs) -> latin1_char_list(Cs) end).

deep(L, Check) ->
    case flat_chars(L, []) of
        error -> false;
        Cs -> Check(Cs)
    end.

flat_chars([], Acc) -> Acc;
flat_chars([H | T], Acc) when is_list(H) ->
    case flat_chars(T, Acc) of
        error -> error;
        Acc1 -> flat_chars(H, Acc1)
    end;
flat_chars([H | T], Acc) when is_integer(H) ->
    case flat_chars(T, Acc) of
        error -> error;
        Acc1 -> [H | Acc1]
    end;
flat_chars(_, _) -> error.

%% io:printable_range() is latin1 on this VM.
printable_list(L) -> printable_latin1_list(L).

printable_latin1_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= 160, C =< 255 -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v;
                                     C =:= $\b; C =:= $\f; C =:= $\e -> printable_latin1_list(Cs);
printable_latin1_list([]) -> true;
printable_latin1_list(_) -> false.

printable_unicode_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C >= 160, C < 16#D800;
                                      is_integer(C), C > 16#DFFF, C < 16#FFFE;
                                      is_integer(C), C > 16#FFFF, C =< 16#10FFFF ->
    printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v;
                                      C =:= $\b; C =:= $\f; C =:= $\e -> printable_unicode_list(Cs);
printable_unicode_list([]) -> true;
printable_unicode_list(_) -> false.

chars_length(S) ->
    try iolist_size(S)
    catch _:_ -> count_chars(S, 0)
    end.

count_chars([], N) -> N;
count_chars([H | T], N) when is_integer(H) -> count_chars(T, N + 1);
count_chars([H | T], N) -> count_chars(T, count_chars(H, N));
count_chars(B, N) when is_binary(B) -> N + length(unicode:characters_to_list(B)).

%% The term cut at Depth the way ~P would print it, with '...' where parts are left out.
limit_term(Term, -1) -> Term;
limit_term(Term, Depth) -> limit(Term, Depth).

limit(_, 0) -> '...';
limit([], _) -> [];
limit([_ | _], 1) -> ['...'];
limit([H | T], D) -> [limit(H, D - 1) | limit_tail(T, D - 1)];
limit({}, _) -> {};
limit(T, 1) when is_tuple(T) -> {'...'};
limit(T, D) when is_tuple(T) ->
    [E | Es] = tuple_to_list(T),
    list_to_tuple([limit(E, D - 1) | limit_elems(Es, D - 1)]);
limit(M, D) when is_map(M) ->
    case maps:size(M) of
        0 -> M;
        _ when D =:= 1 -> #{'...' => '...'};
        _ -> maps:from_list(limit_assocs(maps:to_list(M), D - 1, D - 1))
    end;
limit(B, D) when is_bitstring(B), byte_size(B) > D ->
    Keep = max(D - 1, 0),
    <<P:Keep/binary, _/bitstring>> = B,
    <<P/binary, "...">>;
limit(T, _) -> T.

limit_tail([], _) -> [];
limit_tail(_, 1) -> '...';
limit_tail([H | T], D) -> [limit(H, D - 1) | limit_tail(T, D - 1)];
limit_tail(Other, D) -> limit(Other, D - 1).

limit_elems([], _) -> [];
limit_elems(_, 1) -> ['...'];
limit_elems([E | Es], D) -> [limit(E, D - 1) | limit_elems(Es, D - 1)].

limit_assocs([], _, _) -> [];
limit_assocs(_, 0, _) -> [{'...', '...'}];
limit_assocs([{K, V} | Ps], N, D) -> [{limit(K, D), limit(V, D)} | limit_assocs(Ps, N - 1, D)].

%% ---- collectors for I/O servers (get_line, get_chars, get_until) ----

%% collect_line(State, Data, Encoding, Rest-of-request): {stop, Line, RestData} once a
%% newline has arrived (eof at the end), or a continuation state.
collect_line(State, Chars, _) ->
    collect_line(State, Chars, latin1, ignored).

collect_line(start, Chars, Enc, Any) ->
    collect_line([], Chars, Enc, Any);
collect_line(Stack, eof, _, _) ->
    case Stack of
        [] -> {stop, eof, eof};
        _ -> {stop, lists:reverse(Stack), eof}
    end;
collect_line(Stack, Data, Enc, Any) when is_binary(Data) ->
    collect_line(Stack, binary_to_chars(Data, Enc), Enc, Any);
collect_line(Stack, Chars, _, _) ->
    collect_line1(Chars, Stack).

collect_line1([$\r, $\n | Rest], Stack) -> {stop, lists:reverse([$\n | Stack]), Rest};
collect_line1([$\n | Rest], Stack) -> {stop, lists:reverse([$\n | Stack]), Rest};
collect_line1([C | Rest], Stack) -> collect_line1(Rest, [C | Stack]);
collect_line1([], Stack) -> Stack.

collect_chars(State, Data, N) ->
    collect_chars(State, Data, latin1, N).

collect_chars(start, Data, Enc, N) ->
    collect_chars({[], N}, Data, Enc, N);
collect_chars({Stack, _}, eof, _, _) ->
    case Stack of
        [] -> {stop, eof, eof};
        _ -> {stop, lists:reverse(Stack), eof}
    end;
collect_chars(St, Data, Enc, N) when is_binary(Data) ->
    collect_chars(St, binary_to_chars(Data, Enc), Enc, N);
collect_chars({Stack, Left}, Chars, _, _) ->
    collect_n(Chars, Stack, Left).

collect_n(Rest, Stack, 0) -> {stop, lists:reverse(Stack), Rest};
collect_n([], Stack, Left) -> {Stack, Left};
collect_n([C | Rest], Stack, Left) -> collect_n(Rest, [C | Stack], Left - 1).

get_until(Cont, Data, MFA) ->
    get_until(Cont, Data, latin1, MFA).

get_until(start, Data, Enc, XtraArg) ->
    get_until([], Data, Enc, XtraArg);
get_until(Cont, Data, Enc, {M, F, Xs}) ->
    Chars = case Data of
                eof -> eof;
                B when is_binary(B) -> binary_to_chars(B, Enc);
                L -> L
            end,
    case apply(M, F, [Cont, Chars | Xs]) of
        {done, Result, Rest} -> {stop, Result, Rest};
        {more, Cont1} -> Cont1;
        Other -> Other
    end.

binary_to_chars(B, unicode) -> unicode:characters_to_list(B);
binary_to_chars(B, _) -> binary_to_list(B).

%% Formatted input: io_lib_fread.
fread(Format, Input) ->
    io_lib_fread:fread(Format, Input).
