%% io_lib_fread: formatted input, io_lib:fread/2 (as OTP's module of the same name).
%%
%% fread(Format, Input) reads the fields the format's directives describe:
%% ~d (decimal integer, optional sign), ~u (unsigned; the field width is the base),
%% ~# (Base#Digits), ~f (float), ~s (characters up to white space), ~a (the same as an
%% atom), ~c (N characters, white space included), ~l (characters read so far), ~~;
%% ~* reads a field without returning it, and a number before the letter limits the
%% field's width. White space in the format skips any white space of the input; other
%% characters must match. Returns {ok, Values, Rest}, {more, RestFormat, Nchars,
%% ValuesSoFar} when the input ends first, or {error, {fread, What}}.
-module(io_lib_fread).

-export([fread/2]).

fread(Format, Input) when is_list(Format), is_list(Input) ->
    fread(Format, Input, 0, []).

fread([], Input, _N, Acc) ->
    {ok, lists:reverse(Acc), Input};
fread([C | Format], Input, N, Acc) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r ->
    {Input1, N1} = skip_white(Input, N),
    fread(skip_white_format(Format), Input1, N1, Acc);
fread([$~ | Rest] = Format, Input, N, Acc) ->
    case directive(Rest) of
        {ok, Suppress, Width, Ctl, Format1} ->
            case field(Ctl, Width, Input, N) of
                {skip, Input1, N1} ->
                    fread(Format1, Input1, N1, Acc);
                {ok, Value, Input1, N1} ->
                    fread(Format1, Input1, N1, case Suppress of true -> Acc; false -> [Value | Acc] end);
                more ->
                    {more, Format, N, Acc};
                {error, _} = Error ->
                    Error
            end;
        {error, What} ->
            {error, {fread, What}}
    end;
fread([C | Format], [C | Input], N, Acc) ->
    fread(Format, Input, N + 1, Acc);
fread([_ | _] = Format, [], N, Acc) ->
    {more, Format, N, Acc};
fread(_Format, _Input, _N, _Acc) ->
    {error, {fread, input}}.

skip_white([C | Cs], N) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> skip_white(Cs, N + 1);
skip_white(Cs, N) -> {Cs, N}.

skip_white_format([C | Cs]) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> skip_white_format(Cs);
skip_white_format(Cs) -> Cs.

%% ~[*][Width]Control
directive([$* | Rest]) ->
    case directive(Rest) of
        {ok, _, W, C, R} -> {ok, true, W, C, R};
        Error -> Error
    end;
directive([$- | _]) ->
    %% OTP reads a "-" here as a mismatch of the input.
    {error, input};
directive(Rest) ->
    {Digits, Rest1} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rest),
    Width = case Digits of [] -> none; _ -> list_to_integer(Digits) end,
    case Rest1 of
        [C | Rest2] when C =:= $d; C =:= $u; C =:= $#; C =:= $f; C =:= $s; C =:= $a;
                         C =:= $c; C =:= $l; C =:= $~ ->
            {ok, false, Width, C, Rest2};
        _ ->
            {error, format}
    end.

field($l, _W, Input, N) ->
    {ok, N, Input, N};
field($~, _W, Input, N) ->
    {Input1, N1} = skip_white(Input, N),
    case Input1 of
        [$~ | Rest] -> {skip, Rest, N1 + 1};
        [] -> more;
        _ -> {error, {fread, input}}
    end;
field($c, _W, [], _N) ->
    more;
field($c, W, Input, N) ->
    Count = case W of none -> 1; _ -> W end,
    case length(Input) >= Count of
        true ->
            {Chars, Rest} = lists:split(Count, Input),
            {ok, Chars, Rest, N + Count};
        false ->
            {error, {fread, character}}
    end;
field(_Ctl, _W, [], _N) ->
    more;
field(Ctl, W, Input, N) ->
    case skip_white(Input, N) of
        {[], _} when Ctl =/= $s, Ctl =/= $a -> more;
        {Input1, N1} ->
            {Text, Rest} = take(W, Ctl, Input1),
            case convert(Ctl, W, Text) of
                {ok, Value, Used} ->
                    Left = lists:nthtail(Used, Text) ++ Rest,
                    {ok, Value, Left, N1 + Used};
                {error, What} ->
                    {error, {fread, What}}
            end
    end.

%% The characters a field may use: up to the width (for ~u the width is the base), and
%% for ~s/~a up to white space.
take(W, Ctl, Input) when is_integer(W), Ctl =/= $u ->
    split_at(W, Input);
take(_W, _Ctl, Input) ->
    {Input, []}.

split_at(N, L) when length(L) =< N -> {L, []};
split_at(N, L) -> lists:split(N, L).

%% {ok, Value, CharactersUsed} | {error, What}
convert($d, _W, Text) ->
    {Sign, Digits, SignLen} = sign(Text),
    case lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Digits) of
        {[], _} -> {error, integer};
        {Ds, _} -> {ok, Sign * list_to_integer(Ds), SignLen + length(Ds)}
    end;
convert($u, W, Text) ->
    Base = case W of none -> 10; _ -> W end,
    case Base >= 2 andalso Base =< 36 of
        false -> {error, format};
        true ->
            case based_digits(Text, Base) of
                {ok, Ds} -> {ok, list_to_integer(Ds, Base), length(Ds)};
                error -> {error, unsigned}
            end
    end;
convert($#, _W, Text) ->
    {Sign, Rest, SignLen} = sign(Text),
    case lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rest) of
        {[_ | _] = BaseDs, [$# | Rest1]} ->
            Base = list_to_integer(BaseDs),
            case Base >= 2 andalso Base =< 36 of
                true ->
                    case based_digits(Rest1, Base) of
                        error -> {error, based};
                        {ok, Ds} ->
                            {ok, Sign * list_to_integer(Ds, Base),
                             SignLen + length(BaseDs) + 1 + length(Ds)}
                    end;
                false ->
                    {error, based}
            end;
        _ ->
            {error, based}
    end;
convert($f, _W, Text) ->
    {Sign, Rest, SignLen} = sign(Text),
    {Int, Rest1} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rest),
    case {Int, Rest1} of
        {[_ | _], [$., D | Rest2]} when D >= $0, D =< $9 ->
            {Frac, Rest3} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, [D | Rest2]),
            {Exp, _} = exponent(Rest3),
            F = list_to_float(Int ++ "." ++ Frac ++ Exp),
            {ok, Sign * F, SignLen + length(Int) + 1 + length(Frac) + length(Exp)};
        _ ->
            {error, float}
    end;
convert($s, _W, Text) ->
    Chars = lists:takewhile(fun(C) -> not white(C) end, Text),
    {ok, Chars, length(Chars)};
convert($a, W, Text) ->
    {ok, Chars, Used} = convert($s, W, Text),
    {ok, list_to_atom(Chars), Used}.

exponent([E | Rest]) when E =:= $e; E =:= $E ->
    case Rest of
        [S, D | _] when (S =:= $+ orelse S =:= $-), D >= $0, D =< $9 ->
            {Ds, _} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, tl(Rest)),
            {[$e, S | Ds], []};
        [D | _] when D >= $0, D =< $9 ->
            {Ds, _} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rest),
            {[$e | Ds], []};
        _ ->
            {[], []}
    end;
exponent(_) ->
    {[], []}.

%% The digits of a number in Base: as OTP, every decimal digit is taken (a digit too big for
%% the base is an error) and letters only while they are digits of the base.
based_digits(Text, Base) ->
    Ds = lists:takewhile(fun(C) -> (C >= $0 andalso C =< $9) orelse digit(C) < Base end, Text),
    case Ds =/= [] andalso lists:all(fun(C) -> digit(C) < Base end, Ds) of
        true -> {ok, Ds};
        false -> error
    end.

sign([$- | Rest]) -> {-1, Rest, 1};
sign([$+ | Rest]) -> {1, Rest, 1};
sign(Rest) -> {1, Rest, 0}.

digit(C) when C >= $0, C =< $9 -> C - $0;
digit(C) when C >= $a, C =< $z -> C - $a + 10;
digit(C) when C >= $A, C =< $Z -> C - $A + 10;
digit(_) -> 99.

white(C) -> C =:= $\s orelse C =:= $\t orelse C =:= $\n orelse C =:= $\r.
