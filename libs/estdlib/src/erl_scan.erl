%% erl_scan: Erlang source text to tokens, as OTP's scanner does with its default options
%% (the annotation of each token is its line number).
%%
%% string/1,2 scan a whole string; tokens/3 scans up to and including a dot, with a
%% continuation for text that arrives in pieces (io:request-style). Tokens have OTP's
%% shapes: {atom, L, foo}, {var, L, 'X'}, {integer, L, 42}, {float, L, 1.5},
%% {string, L, "s"}, {char, L, $c}, {dot, L}, and {Symbol, L} for reserved words and
%% punctuation ({'case', L}, {'->', L}, {'(', L} ...). Errors are
%% {error, {Line, erl_scan, Reason}, EndLine} with OTP's reasons.
-module(erl_scan).

-export([string/1, string/2, string/3, tokens/3, tokens/4, reserved_word/1,
         format_error/1, category/1, symbol/1, line/1, location/1, text/1]).

-type token() :: tuple().
-export_type([token/0]).

-spec string(string()) -> {ok, [token()], integer()} | {error, term(), integer()}.
string(String) ->
    string(String, 1).

string(String, Line) ->
    string(String, Line, []).

string(String, Line, _Options) when is_list(String), is_integer(Line) ->
    scan(String, Line, []).

%% tokens(Continuation, Chars, Line): scans up to a dot. Returns {done, Result, Rest} or
%% {more, Continuation} when the text so far does not end a form.
tokens(Cont, Chars, Line) ->
    tokens(Cont, Chars, Line, []).

tokens([], eof, Line, _Options) ->
    {done, {eof, Line}, eof};
tokens({erl_scan_cont, Acc, Line0}, eof, _Line, _Options) ->
    case scan(Acc, Line0, []) of
        {ok, [], End} -> {done, {eof, End}, eof};
        Result -> {done, Result, eof}
    end;
tokens(Cont, Chars, Line, _Options) when is_list(Chars) ->
    {Acc, Line0} = case Cont of
                       [] -> {[], Line};
                       {erl_scan_cont, A, L0} -> {A, L0}
                   end,
    Text = Acc ++ Chars,
    case find_dot(Text) of
        {Form, Rest} -> {done, scan(Form, Line0, []), Rest};
        none -> {more, {erl_scan_cont, Text, Line0}}
    end.

%% The text up to and including the first dot that ends a form (outside strings, quoted
%% atoms, characters and comments), and the rest.
find_dot(Text) ->
    find_dot(Text, []).

find_dot([], _Acc) -> none;
find_dot([$. | Rest], Acc) ->
    %% As in OTP, the white space character that ends the dot belongs to the form.
    case Rest of
        [] -> {lists:reverse(Acc, "."), []};
        [$% | _] -> {lists:reverse(Acc, "."), Rest};
        [C | Rest1] when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r ->
            {lists:reverse(Acc, [$., C]), Rest1};
        _ -> find_dot(Rest, [$. | Acc])
    end;
find_dot([Q | Rest], Acc) when Q =:= $"; Q =:= $' ->
    case skip_quoted(Rest, Q, [Q | Acc]) of
        none -> none;
        {Rest1, Acc1} -> find_dot(Rest1, Acc1)
    end;
find_dot([$$, $\\, C | Rest], Acc) -> find_dot(Rest, [C, $\\, $$ | Acc]);
find_dot([$$, C | Rest], Acc) -> find_dot(Rest, [C, $$ | Acc]);
find_dot([$% | Rest], Acc) ->
    {Comment, Rest1} = lists:splitwith(fun(C) -> C =/= $\n end, Rest),
    find_dot(Rest1, lists:reverse(Comment, [$% | Acc]));
find_dot([C | Rest], Acc) -> find_dot(Rest, [C | Acc]).

skip_quoted([], _Q, _Acc) -> none;
skip_quoted([$\\, C | Rest], Q, Acc) -> skip_quoted(Rest, Q, [C, $\\ | Acc]);
skip_quoted([Q | Rest], Q, Acc) -> {Rest, [Q | Acc]};
skip_quoted([C | Rest], Q, Acc) -> skip_quoted(Rest, Q, [C | Acc]).

%% ---- the scanner ----

scan([], Line, Acc) ->
    {ok, lists:reverse(Acc), Line};
scan([$\n | Cs], Line, Acc) ->
    scan(Cs, Line + 1, Acc);
scan([C | Cs], Line, Acc) when C =:= $\s; C =:= $\t; C =:= $\r; C =:= $\f; C =:= $\v ->
    scan(Cs, Line, Acc);
scan([C | Cs], Line, Acc) when C >= 16#80, C =< 16#A0 ->
    %% Latin-1 control and no-break space count as white space, as in OTP.
    scan(Cs, Line, Acc);
scan([$% | Cs], Line, Acc) ->
    scan(lists:dropwhile(fun(C) -> C =/= $\n end, Cs), Line, Acc);
scan([C | _] = Cs, Line, Acc) when C >= $a, C =< $z; C >= 16#DF, C =< 16#FF, C =/= 16#F7 ->
    {Name, Rest} = lists:splitwith(fun name_char/1, Cs),
    case catch list_to_atom(Name) of
        A when is_atom(A) ->
            Tok = case reserved_word(A) of
                      true -> {A, Line};
                      false -> {atom, Line, A}
                  end,
            scan(Rest, Line, [Tok | Acc]);
        _ ->
            {error, {Line, erl_scan, {illegal, atom}}, Line}
    end;
scan([C | _] = Cs, Line, Acc) when C >= $A, C =< $Z; C =:= $_; C >= 16#C0, C =< 16#DE, C =/= 16#D7 ->
    {Name, Rest} = lists:splitwith(fun name_char/1, Cs),
    scan(Rest, Line, [{var, Line, list_to_atom(Name)} | Acc]);
scan([C | _] = Cs, Line, Acc) when C >= $0, C =< $9 ->
    case number(Cs) of
        {ok, Tok, Rest} -> scan(Rest, Line, [setelement(2, Tok, Line) | Acc]);
        {error, Reason} -> {error, {Line, erl_scan, Reason}, Line}
    end;
scan([$' | Cs], Line, Acc) ->
    case quoted(Cs, $', Line, []) of
        {ok, Chars, Rest, Line1} ->
            case catch list_to_atom(Chars) of
                A when is_atom(A) -> scan(Rest, Line1, [{atom, Line, A} | Acc]);
                _ -> {error, {Line, erl_scan, {illegal, atom}}, Line1}
            end;
        {error, Reason, Line1} ->
            {error, {Line, erl_scan, Reason}, Line1}
    end;
scan([$" | Cs], Line, Acc) ->
    case quoted(Cs, $", Line, []) of
        {ok, Chars, Rest, Line1} -> scan(Rest, Line1, [{string, Line, Chars} | Acc]);
        {error, Reason, Line1} -> {error, {Line, erl_scan, Reason}, Line1}
    end;
scan([$$ | Cs], Line, Acc) ->
    case Cs of
        [] ->
            {error, {Line, erl_scan, char}, Line};
        [$\\ | Esc] ->
            case escape(Esc) of
                {ok, C, Rest} -> scan(Rest, Line, [{char, Line, C} | Acc]);
                error -> {error, {Line, erl_scan, char}, Line}
            end;
        [$\n | Rest] ->
            scan(Rest, Line + 1, [{char, Line, $\n} | Acc]);
        [C | Rest] ->
            scan(Rest, Line, [{char, Line, C} | Acc])
    end;
scan([$. | Cs], Line, Acc) ->
    case Cs of
        [] -> scan([], Line, [{dot, Line} | Acc]);
        [C | _] when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r; C =:= $% ->
            scan(Cs, Line, [{dot, Line} | Acc]);
        _ -> punct([$. | Cs], Line, Acc)
    end;
scan(Cs, Line, Acc) ->
    punct(Cs, Line, Acc).

name_char(C) ->
    (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z) orelse
        (C >= $0 andalso C =< $9) orelse C =:= $_ orelse C =:= $@ orelse
        (C >= 16#C0 andalso C =< 16#FF andalso C =/= 16#D7 andalso C =/= 16#F7).

%% Punctuation and operators, longest first.
punct(Cs, Line, Acc) ->
    case symbol_prefix(Cs, symbols()) of
        {Sym, Rest} -> scan(Rest, Line, [{Sym, Line} | Acc]);
        none ->
            %% Any other character is a token of its own, as in OTP ({'`', Line}).
            [C | Rest] = Cs,
            scan(Rest, Line, [{list_to_atom([C]), Line} | Acc])
    end.

symbols() ->
    ["=:=", "=/=", "...", "<<", ">>", "<-", "<=", ">=", "=<", "==", "/=", "++", "--", "->",
     "=>", ":=", "::", "||", "..", "?=",
     "(", ")", "[", "]", "{", "}", ",", ";", "|", ":", "+", "-", "*", "/", "!", "=", "<",
     ">", "#", "?", "."].

symbol_prefix(_Cs, []) -> none;
symbol_prefix(Cs, [S | Ss]) ->
    case lists:prefix(S, Cs) of
        true -> {list_to_atom(S), lists:nthtail(length(S), Cs)};
        false -> symbol_prefix(Cs, Ss)
    end.

%% Quoted atoms and strings: the characters up to the closing quote, with escapes.
quoted([], Q, Line, Acc) ->
    {error, {unterminated(Q), Q, lists:reverse(Acc)}, Line};
quoted([Q | Rest], Q, Line, Acc) ->
    {ok, lists:reverse(Acc), Rest, Line};
quoted([$\\ | Cs], Q, Line, Acc) ->
    case escape(Cs) of
        {ok, C, Rest} -> quoted(Rest, Q, Line + newlines(C), [C | Acc]);
        error -> {error, {illegal, unterminated(Q)}, Line}
    end;
quoted([$\n | Cs], Q, Line, Acc) ->
    quoted(Cs, Q, Line + 1, [$\n | Acc]);
quoted([C | Cs], Q, Line, Acc) ->
    quoted(Cs, Q, Line, [C | Acc]).

unterminated(_) -> string.

newlines($\n) -> 1;
newlines(_) -> 0.

%% An escape sequence after the backslash.
escape([C1, C2, C3 | Rest]) when C1 >= $0, C1 =< $7, C2 >= $0, C2 =< $7,
                                 C3 >= $0, C3 =< $7 ->
    {ok, (C1 - $0) * 64 + (C2 - $0) * 8 + (C3 - $0), Rest};
escape([C1, C2 | Rest]) when C1 >= $0, C1 =< $7, C2 >= $0, C2 =< $7 ->
    {ok, (C1 - $0) * 8 + (C2 - $0), Rest};
escape([C1 | Rest]) when C1 >= $0, C1 =< $7 ->
    {ok, C1 - $0, Rest};
escape([$x, ${ | Rest]) ->
    {Hex, Rest1} = lists:splitwith(fun hex_digit/1, Rest),
    case Rest1 of
        [$} | Rest2] when Hex =/= [] -> {ok, list_to_integer(Hex, 16), Rest2};
        _ -> error
    end;
escape([$x, H1, H2 | Rest]) ->
    case hex_digit(H1) andalso hex_digit(H2) of
        true -> {ok, list_to_integer([H1, H2], 16), Rest};
        false -> error
    end;
escape([$^, C | Rest]) -> {ok, C band 31, Rest};
escape([C | Rest]) ->
    {ok, case C of
             $n -> $\n; $r -> $\r; $t -> $\t; $v -> $\v; $b -> $\b; $f -> $\f;
             $e -> $\e; $s -> $\s; $d -> $\d;
             _ -> C
         end, Rest};
escape([]) -> error.

hex_digit(C) -> (C >= $0 andalso C =< $9) orelse (C >= $a andalso C =< $f) orelse
                    (C >= $A andalso C =< $F).

%% Numbers: integers (with _ separators), Base#Digits, floats with an optional exponent.
number(Cs) ->
    {Int, Rest} = digits(Cs, 10),
    case Rest of
        [$# | Rest1] ->
            Base = list_to_integer(Int),
            case Base >= 2 andalso Base =< 36 of
                true ->
                    case digits(Rest1, Base) of
                        {[], _} -> {error, {base, Base}};
                        {Ds, Rest2} -> {ok, {integer, 0, list_to_integer(Ds, Base)}, Rest2}
                    end;
                false ->
                    {error, {base, Base}}
            end;
        [$., D | Rest1] when D >= $0, D =< $9 ->
            {Frac, Rest2} = digits([D | Rest1], 10),
            case exponent(Rest2) of
                {ok, Exp, Rest3} -> {ok, {float, 0, list_to_float(Int ++ "." ++ Frac ++ Exp)}, Rest3};
                error -> {error, {illegal, float}}
            end;
        _ ->
            {ok, {integer, 0, list_to_integer(Int)}, Rest}
    end.

exponent([E | Rest]) when E =:= $e; E =:= $E ->
    case Rest of
        [S, D | Rest1] when (S =:= $+ orelse S =:= $-), D >= $0, D =< $9 ->
            {Ds, Rest2} = digits([D | Rest1], 10),
            {ok, [$e, S | Ds], Rest2};
        [D | _] when D >= $0, D =< $9 ->
            {Ds, Rest2} = digits(Rest, 10),
            {ok, [$e | Ds], Rest2};
        _ ->
            error
    end;
exponent(Rest) ->
    {ok, "", Rest}.

%% Digits of Base, with single underscores between them; returns them without the
%% underscores.
digits(Cs, Base) ->
    digits(Cs, Base, []).

digits([$_, D | Rest], Base, [_ | _] = Acc) ->
    case digit_value(D) < Base of
        true -> digits(Rest, Base, [D | Acc]);
        false -> {lists:reverse(Acc), [$_, D | Rest]}
    end;
digits([D | Rest], Base, Acc) ->
    case digit_value(D) < Base of
        true -> digits(Rest, Base, [D | Acc]);
        false -> {lists:reverse(Acc), [D | Rest]}
    end;
digits([], _Base, Acc) ->
    {lists:reverse(Acc), []}.

digit_value(D) when D >= $0, D =< $9 -> D - $0;
digit_value(D) when D >= $a, D =< $z -> D - $a + 10;
digit_value(D) when D >= $A, D =< $Z -> D - $A + 10;
digit_value(_) -> 99.

%% ---- token access and words ----

reserved_word(W) ->
    lists:member(W, ['after', 'begin', 'case', 'try', 'cond', 'catch', 'andalso', 'orelse',
                     'end', 'fun', 'if', 'let', 'of', 'receive', 'when', 'bnot', 'not',
                     'div', 'rem', 'band', 'and', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor']).

category(Token) -> element(1, Token).

symbol({Category, _Anno}) -> Category;
symbol({_Category, _Anno, Symbol}) -> Symbol.

line(Token) ->
    case element(2, Token) of
        {Line, _Col} -> Line;
        Line -> Line
    end.

location(Token) -> element(2, Token).

text(_Token) -> undefined.

format_error({string, Quote, Head}) ->
    lists:flatten(["unterminated ", string_thing(Quote), " starting with ",
                   io_lib:write_string(Head, Quote)]);
format_error({illegal, Type}) ->
    lists:flatten(io_lib:fwrite("illegal ~w", [Type]));
format_error(char) -> "unterminated character";
format_error({base, Base}) -> lists:flatten(io_lib:fwrite("illegal base '~w'", [Base]));
format_error(Other) -> lists:flatten(io_lib:write(Other)).

string_thing($') -> "atom";
string_thing(_) -> "string".
