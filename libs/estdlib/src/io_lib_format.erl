%% The engine behind io_lib:format/2 and io:format/2,3: parses a format string into
%% control sequences, then builds the text, keeping track of the column so that ~p and ~P
%% start their layout where the preceding text of the same call left off.
%%
%% Written for this VM from the documented semantics of io:format/3 and checked byte for
%% byte against OTP 25.
-module(io_lib_format).

-export([fwrite/2, fwrite/3, fwrite_g/1, indentation/2, scan/2, unscan/1, build/1, build/2]).

%% A parsed control sequence.
-record(spec, {c, args = [], width = none, adj = right, prec = none, pad = $\s,
               enc = latin1, strings = true}).

-spec fwrite(io:format(), [term()]) -> io_lib:chars().
fwrite(Format, Args) ->
    build(scan(Format, Args)).

%% Options such as {chars_limit, N} are accepted; the text is never truncated.
fwrite(Format, Args, Opts) when is_list(Opts) ->
    fwrite(Format, Args).

%% The shortest text that reads back as the same float (what ~w prints).
fwrite_g(Float) when is_float(Float) ->
    float_to_list(Float, [short]).

%% The column after printing Chars from column Col (tabs move to the next multiple of 8).
indentation([], Col) -> Col;
indentation([$\n | Cs], _) -> indentation(Cs, 0);
indentation([$\t | Cs], Col) -> indentation(Cs, ((Col + 8) div 8) * 8);
indentation([C | Cs], Col) when is_integer(C) -> indentation(Cs, Col + 1);
indentation([L | Cs], Col) -> indentation(Cs, indentation(L, Col));
indentation(B, Col) when is_binary(B) -> indentation(unicode:characters_to_list(B), Col).

%% Format and arguments to a list of plain characters and control-sequence maps.
scan(Format, Args) when is_list(Args) ->
    collect(format_chars(Format), Args);
scan(_, _) ->
    erlang:error(badarg).

unscan(Cs) ->
    unscan(Cs, [], []).

unscan([], Fmt, Args) ->
    {lists:reverse(Fmt), append(lists:reverse(Args))};
unscan([C | Cs], Fmt, Args) when is_integer(C) ->
    unscan(Cs, [C | Fmt], Args);
unscan([#{control_char := C, args := As} = M | Cs], Fmt, Args) ->
    F = case {maps:get(width, M), maps:get(adjust, M)} of
            {none, right} -> [];
            {none, left} -> "-";
            {W, left} -> [$- | integer_to_list(W)];
            {W, right} -> integer_to_list(W)
        end,
    P = case maps:get(precision, M) of none -> []; Pr -> [$. | integer_to_list(Pr)] end,
    Pad = case maps:get(pad_char, M) of $\s -> []; Pc when P =:= [] -> [$., $., Pc]; Pc -> [$., Pc] end,
    Mod = case maps:get(encoding, M) of unicode -> "t"; _ -> "" end
        ++ case maps:get(strings, M) of false -> "l"; _ -> "" end,
    Seq = lists:reverse([$~ | F ++ P ++ Pad ++ Mod ++ [C]]),
    unscan(Cs, Seq ++ Fmt, [As | Args]).

append([]) -> [];
append([L | Ls]) -> L ++ append(Ls).

format_chars(F) when is_atom(F) -> atom_to_list(F);
format_chars(F) when is_binary(F) -> binary_to_list(F);
format_chars(F) when is_list(F) -> F;
format_chars(_) -> erlang:error(badarg).

collect([$~ | Fmt0], Args0) ->
    {Spec, Fmt, Args} = directive(Fmt0, Args0),
    [Spec | collect(Fmt, Args)];
collect([C | Fmt], Args) when is_integer(C), C >= 0 ->
    [C | collect(Fmt, Args)];
collect([], []) ->
    [];
collect(_, _) ->
    erlang:error(badarg).

directive(Fmt0, Args0) ->
    {Width, Adj, Fmt1, Args1} = field_width(Fmt0, Args0),
    {Prec, Fmt2, Args2} = precision(Fmt1, Args1),
    {Pad, Fmt3, Args3} = pad_char(Fmt2, Args2),
    {Enc, Strings, Fmt4} = modifiers(Fmt3, latin1, true),
    case Fmt4 of
        [C | Fmt5] ->
            {As, Args4} = consume(C, Args3),
            M = #{control_char => C, args => As, width => Width, adjust => Adj, precision => Prec, pad_char => Pad,
                  encoding => Enc, strings => Strings},
            {M, Fmt5, Args4};
        [] ->
            erlang:error(badarg)
    end.

field_width([$- | Fmt0], Args0) ->
    case value(Fmt0, Args0) of
        {none, _, _} -> erlang:error(badarg);
        {V, Fmt, Args} -> {abs(V), left, Fmt, Args}
    end;
field_width(Fmt0, Args0) ->
    case value(Fmt0, Args0) of
        {none, Fmt, Args} -> {none, right, Fmt, Args};
        {V, Fmt, Args} when V < 0 -> {-V, left, Fmt, Args};
        {V, Fmt, Args} -> {V, right, Fmt, Args}
    end.

precision([$. | Fmt], Args) -> value(Fmt, Args);
precision(Fmt, Args) -> {none, Fmt, Args}.

pad_char([$., $* | Fmt], [Pad | Args]) when is_integer(Pad) -> {Pad, Fmt, Args};
pad_char([$., $* | _], _) -> erlang:error(badarg);
pad_char([$., Pad | Fmt], Args) when is_integer(Pad) -> {Pad, Fmt, Args};
pad_char(Fmt, Args) -> {$\s, Fmt, Args}.

value([$* | Fmt], [V | Args]) when is_integer(V) -> {V, Fmt, Args};
value([$* | _], _) -> erlang:error(badarg);
value([C | _] = Fmt, Args) when C >= $0, C =< $9 -> digits(Fmt, 0, Args);
value(Fmt, Args) -> {none, Fmt, Args}.

digits([C | Fmt], N, Args) when C >= $0, C =< $9 -> digits(Fmt, N * 10 + (C - $0), Args);
digits(Fmt, N, Args) -> {N, Fmt, Args}.

modifiers([$t | Fmt], _, Str) -> modifiers(Fmt, unicode, Str);
modifiers([$l | Fmt], Enc, _) -> modifiers(Fmt, Enc, false);
modifiers(Fmt, Enc, Str) -> {Enc, Str, Fmt}.

consume(C, Args) ->
    case arg_count(C) of
        0 -> {[], Args};
        1 ->
            case Args of
                [A | As] -> {[A], As};
                _ -> erlang:error(badarg)
            end;
        2 ->
            case Args of
                [A, B | As] -> {[A, B], As};
                _ -> erlang:error(badarg)
            end
    end.

arg_count(C) when C =:= $w; C =:= $p; C =:= $s; C =:= $c; C =:= $e; C =:= $f;
                  C =:= $g; C =:= $b; C =:= $B; C =:= $#; C =:= $+; C =:= $i -> 1;
arg_count(C) when C =:= $W; C =:= $P; C =:= $x; C =:= $X -> 2;
arg_count(C) when C =:= $n; C =:= $~ -> 0;
arg_count(_) -> erlang:error(badarg).

%% ---- building ----

build(Cs) ->
    build(Cs, []).

build(Cs, _Opts) ->
    build_list(Cs, 0).

build_list([], _) ->
    [];
build_list([C | Cs], Col) when is_integer(C) ->
    [C | build_list(Cs, next_col(C, Col))];
build_list([M | Cs], Col) ->
    Out = control(M, Col),
    [Out | build_list(Cs, col_after(Out, Col))].

next_col($\n, _) -> 0;
next_col(_, Col) -> Col + 1.

col_after([], Col) -> Col;
col_after([C | Cs], Col) when is_integer(C) -> col_after(Cs, next_col(C, Col));
col_after([L | Cs], Col) -> col_after(Cs, col_after(L, Col));
col_after(B, Col) when is_binary(B) -> col_after(unicode:characters_to_list(B), Col).

control(#{control_char := C, args := As, width := F, adjust := Adj, precision := P,
          pad_char := Pad, encoding := Enc, strings := Str}, Col) ->
    control(C, As, #spec{c = C, width = F, adj = Adj, prec = P, pad = Pad, enc = Enc,
                         strings = Str}, Col).

control($w, [A], S, _) ->
    term(io_lib:write(A, [{encoding, S#spec.enc}]), S);
control($W, [A, D], S, _) when is_integer(D) ->
    term(io_lib:write(A, [{depth, D}, {encoding, S#spec.enc}]), S);
control($p, [A], S, Col) ->
    pretty(A, -1, S, Col);
control($P, [A, D], S, Col) when is_integer(D) ->
    pretty(A, D, S, Col);
control($s, [A], S, _) ->
    string(A, S);
control($c, [A], S, _) when is_integer(A) ->
    Ch = case S#spec.enc of unicode -> A; latin1 -> A band 255 end,
    char(Ch, S);
control($e, [A], S, _) when is_float(A) ->
    float_field(fwrite_e(A, prec(S#spec.prec, 6, 2)), S);
control($f, [A], S, _) when is_float(A) ->
    float_field(fwrite_f(A, prec(S#spec.prec, 6, 1)), S);
control($g, [A], S, _) when is_float(A) ->
    float_field(fwrite_gp(A, prec(S#spec.prec, 6, 1)), S);
control($b, [A], S, _) when is_integer(A) ->
    number(int_text(A, base(S#spec.prec), lower, []), S);
control($B, [A], S, _) when is_integer(A) ->
    number(int_text(A, base(S#spec.prec), upper, []), S);
control($x, [A, Prefix], S, _) when is_integer(A) ->
    number(int_text(A, base(S#spec.prec), lower, prefix(Prefix)), S);
control($X, [A, Prefix], S, _) when is_integer(A) ->
    number(int_text(A, base(S#spec.prec), upper, prefix(Prefix)), S);
control($#, [A], S, _) when is_integer(A) ->
    B = base(S#spec.prec),
    number(int_text(A, B, upper, integer_to_list(B) ++ "#"), S);
control($+, [A], S, _) when is_integer(A) ->
    B = base(S#spec.prec),
    number(int_text(A, B, lower, integer_to_list(B) ++ "#"), S);
control($i, [_], _, _) ->
    [];
control($n, [], S, _) ->
    repeat($\n, count(S));
control($~, [], S, _) ->
    repeat($~, count(S));
control(_, _, _, _) ->
    erlang:error(badarg).

count(#spec{width = none, prec = none}) -> 1;
count(#spec{prec = none, width = F}) -> F;
count(#spec{prec = P}) -> P.

prec(none, Default, _Min) -> Default;
prec(P, _, Min) when P >= Min -> P;
prec(_, _, _) -> erlang:error(badarg).

base(none) -> 10;
base(B) when B >= 2, B =< 36 -> B;
base(_) -> erlang:error(badarg).

prefix(P) when is_atom(P) -> atom_to_list(P);
prefix(P) when is_list(P) ->
    case io_lib:deep_char_list(P) of
        true -> flatten(P);
        false -> erlang:error(badarg)
    end;
prefix(_) -> erlang:error(badarg).

%% ~p and ~P: the field width is the line length, the precision the start column.
pretty(_, _, #spec{adj = left}, _) ->
    erlang:error(badarg);
pretty(A, D, #spec{width = F, prec = P, enc = Enc, strings = Str}, Col) ->
    Ll = case F of none -> 80; _ -> F end,
    Col1 = case P of none -> Col + 1; _ -> P end,
    io_lib_pretty:print(A, [{column, Col1}, {line_length, Ll}, {depth, D},
                            {encoding, Enc}, {strings, Str}]).

%% A term's text in a field: too long for the precision (or field) means stars.
term(T, #spec{width = none, prec = none}) ->
    T;
term(T0, #spec{width = F0, adj = Adj, prec = P0, pad = Pad}) ->
    T = flatten(T0),
    P = case P0 of none -> F0; _ -> P0 end,
    F = case F0 of none -> P; _ -> F0 end,
    L = length(T),
    if
        L > P -> adjust(repeat($*, P), P, F, Adj, Pad);
        true -> adjust(T, L, F, Adj, Pad)
    end.

%% Numbers: stars when they do not fit the field.
number(T, #spec{width = none}) ->
    T;
number(T, #spec{width = F, adj = Adj, pad = Pad}) ->
    L = length(T),
    if
        L > F -> repeat($*, F);
        true -> adjust(T, L, F, Adj, Pad)
    end.

float_field(T, S) ->
    number(T, S).

char(C, #spec{width = none, prec = none}) ->
    [C];
char(C, #spec{width = F0, adj = Adj, prec = P0, pad = Pad}) ->
    P = case P0 of none -> F0; _ -> P0 end,
    F = case F0 of none -> P; _ -> F0 end,
    adjust(repeat(C, P), P, F, Adj, Pad).

string(A, #spec{width = F0, adj = Adj, prec = P0, pad = Pad, enc = Enc}) ->
    Cs = string_chars(A, Enc),
    case {F0, P0} of
        {none, none} ->
            Cs;
        _ ->
            P = case P0 of none -> F0; _ -> P0 end,
            F = case F0 of none -> P; _ -> F0 end,
            {T, L} = take(Cs, P, 0, []),
            adjust(T, L, F, Adj, Pad)
    end.

take(Cs, P, L, Acc) when L >= P; Cs =:= [] ->
    {lists:reverse(Acc), L};
take([C | Cs], P, L, Acc) ->
    take(Cs, P, L + 1, [C | Acc]).

%% The characters of a ~s argument: an atom, or chardata (iodata without ~t).
string_chars(A, Enc) when is_atom(A) ->
    Cs = atom_to_list(A),
    check_chars(Cs, Enc);
string_chars(B, unicode) when is_binary(B) ->
    case unicode:characters_to_list(B) of
        L when is_list(L) -> L;
        _ -> binary_to_list(B)
    end;
string_chars(B, latin1) when is_binary(B) ->
    binary_to_list(B);
string_chars(L, Enc) when is_list(L) ->
    case chardata(L, Enc, []) of
        error -> erlang:error(badarg);
        Cs -> Cs
    end;
string_chars(_, _) ->
    erlang:error(badarg).

check_chars(Cs, unicode) -> Cs;
check_chars(Cs, latin1) ->
    case latin1_chars(Cs) of
        true -> Cs;
        false -> erlang:error(badarg)
    end.

latin1_chars([C | Cs]) when C >= 0, C =< 255 -> latin1_chars(Cs);
latin1_chars([]) -> true;
latin1_chars(_) -> false.

%% Flattens chardata into a list (reversed accumulation, then reversed once).
chardata(L, Enc, Acc0) ->
    case chardata1(L, Enc, Acc0) of
        error -> error;
        Acc -> lists:reverse(Acc)
    end.

chardata1([], _, Acc) -> Acc;
chardata1([C | T], latin1, Acc) when is_integer(C), C >= 0, C =< 255 ->
    chardata1(T, latin1, [C | Acc]);
chardata1([C | T], unicode, Acc) when is_integer(C), C >= 0 ->
    chardata1(T, unicode, [C | Acc]);
chardata1([H | T], Enc, Acc) when is_list(H); is_binary(H) ->
    case chardata1(H, Enc, Acc) of
        error -> error;
        Acc1 -> chardata1(T, Enc, Acc1)
    end;
chardata1(B, Enc, Acc) when is_binary(B) ->
    lists:reverse(string_chars(B, Enc), Acc);
chardata1(_, _, _) ->
    error.

adjust(T, L, F, _, _) when L >= F -> T;
adjust(T, L, F, left, Pad) -> [T | repeat(Pad, F - L)];
adjust(T, L, F, right, Pad) -> [repeat(Pad, F - L) | T].

repeat(_, N) when N =< 0 -> [];
repeat(C, N) -> [C | repeat(C, N - 1)].

flatten(L) -> flatten(L, []).
flatten([H | T], Tail) when is_list(H) -> flatten(H, flatten(T, Tail));
flatten([H | T], Tail) -> [H | flatten(T, Tail)];
flatten([], Tail) -> Tail.

%% ---- integers ----

int_text(N, Base, Case, Prefix) when N < 0 ->
    [$- | Prefix ++ digits_case(integer_to_list(-N, Base), Case)];
int_text(N, Base, Case, Prefix) ->
    Prefix ++ digits_case(integer_to_list(N, Base), Case).

digits_case(Ds, upper) -> Ds;
digits_case(Ds, lower) -> [lower(D) || D <- Ds].

lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) -> C.

%% ---- floats ----
%%
%% ~e, ~f and ~g work on the 21 significant digits of float_to_list/1 (C's %.20e),
%% rounded half up to the precision, as OTP does.

%% {Sign, Digits, Exp}: X = 0.D1D2...D21 * 10^(Exp+1), i.e. D1.D2... * 10^Exp.
float_digits(X) ->
    case float_to_list(X) of
        [$- | Rest] -> split_digits("-", Rest);
        Rest -> split_digits([], Rest)
    end.

split_digits(Sign, [D1, $. | Rest]) ->
    {Frac, [$e | ExpS]} = split_at_e(Rest, []),
    {Sign, [D1 | Frac], list_to_integer(ExpS)}.

split_at_e([$e | _] = T, Acc) -> {lists:reverse(Acc), T};
split_at_e([C | T], Acc) -> split_at_e(T, [C | Acc]).

%% The first N digits rounded half up: {Digits, Carry} where Carry means they overflowed
%% to 10^N (the digits are then "100...0" with N digits and the exponent must grow).
round_digits(Ds, N) when N >= length(Ds) ->
    {Ds ++ repeat($0, N - length(Ds)), false};
round_digits(Ds, N) ->
    {Keep, [Next | _]} = lists_split(N, Ds),
    case Next >= $5 of
        false -> {Keep, false};
        true ->
            case increment(lists:reverse(Keep)) of
                {Inc, false} -> {Inc, false};
                {Inc, true} -> {[$1 | Inc], true}
            end
    end.

%% Adds one to reversed decimal digits; returns them in order and whether a digit was
%% carried out of the top.
increment(Rev) -> increment(Rev, []).
increment([], Acc) -> {Acc, true};
increment([$9 | T], Acc) -> increment(T, [$0 | Acc]);
increment([D | T], Acc) -> {lists:reverse(T, [D + 1 | Acc]), false}.

lists_split(N, L) -> lists_split(N, L, []).
lists_split(0, L, Acc) -> {lists:reverse(Acc), L};
lists_split(N, [H | T], Acc) -> lists_split(N - 1, T, [H | Acc]).

fwrite_e(X, P) ->
    {Sign, Ds, E} = float_digits(X),
    case round_digits(Ds, P) of
        {[D1 | Rest], false} -> e_text(Sign, D1, Rest, E, P);
        {[D1 | Rest], true} -> e_text(Sign, D1, element(1, lists_split(P - 1, Rest)), E + 1, P)
    end.

e_text(Sign, D1, Rest, E, _P) ->
    Frac = case Rest of [] -> "0"; _ -> Rest end,
    ExpS = if E < 0 -> [$- | integer_to_list(-E)]; true -> [$+ | integer_to_list(E)] end,
    Sign ++ [D1, $. | Frac] ++ [$e | ExpS].

fwrite_f(X, P) ->
    {Sign, Ds, E} = float_digits(X),
    %% Digits with weight >= 10^-P: the integer part has E+1 digits.
    N = E + P + 1,
    Int = if
              N < 0 -> "0";
              N =:= 0 ->
                  case hd(Ds) >= $5 of true -> "1"; false -> "0" end;
              true ->
                  case round_digits(Ds, N) of
                      {Keep, false} -> Keep;
                      {Keep, true} -> Keep
                  end
          end,
    Padded = pad_left_zeros(strip_leading_zeros(Int), P + 1),
    {IntPart, FracPart} = lists_split(length(Padded) - P, Padded),
    Sign ++ IntPart ++ [$. | FracPart].

strip_leading_zeros([$0 | [_ | _] = T]) -> strip_leading_zeros(T);
strip_leading_zeros(T) -> T.

pad_left_zeros(Ds, N) when length(Ds) >= N -> Ds;
pad_left_zeros(Ds, N) -> repeat($0, N - length(Ds)) ++ Ds.

%% ~g: fixed notation for 0.1 =< |X| < 10000 when at least one decimal remains,
%% otherwise ~e (with at least two significant digits).
fwrite_gp(X, P) ->
    A = abs(X),
    if
        A >= 0.1, A < 10000.0 ->
            {_, _, E} = float_digits(X),
            case P - 1 - E of
                Dec when Dec >= 1 -> fwrite_f(X, Dec);
                _ -> fwrite_e(X, max(P, 2))
            end;
        true ->
            fwrite_e(X, max(P, 2))
    end.
