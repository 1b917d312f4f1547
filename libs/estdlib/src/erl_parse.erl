%% erl_parse: tokens (from erl_scan) to terms.
%%
%% parse_term/1 reads one term ending with a dot: atoms, numbers (with a sign), chars,
%% strings (adjacent ones joined), lists (proper and improper), tuples, maps (#{K => V}),
%% binaries of literal segments (<<1, $a, "str", 300:16>>) and external funs
%% (fun M:F/A). As in OTP, something that is an expression but not a term (X, 1 + 2,
%% #{a := 1}) is {error, {Line, erl_parse, "bad term"}}, and a syntax error is
%% {error, {Line, erl_parse, ["syntax error before: ", Token]}}. abstract/1 and
%% normalise/1 convert between terms and their abstract format.
-module(erl_parse).

-export([parse_term/1, abstract/1, abstract/2, normalise/1, format_error/1]).

-spec parse_term([tuple()]) -> {ok, term()} | {error, {integer(), erl_parse, term()}}.
parse_term(Tokens) ->
    try
        case term(Tokens) of
            {T, [{dot, _}]} -> {ok, T};
            {_, [{dot, _} = Dot | _]} -> syntax_error(Dot);
            {_, [Next | _]} -> after_term(Next, Tokens);
            {_, []} -> syntax_error(eof, Tokens)
        end
    catch
        throw:{parse_error, Error} -> {error, Error}
    end.

%% After a complete term, a binary operator or a call makes a valid expression that is
%% not a term; anything else is a syntax error.
after_term(Next, Tokens) ->
    case lists:member(element(1, Next), operators()) of
        true -> {error, {line(hd(Tokens)), erl_parse, "bad term"}};
        false -> syntax_error(Next)
    end.

operators() ->
    ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'and', 'or',
     'xor', 'andalso', 'orelse', '++', '--', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=',
     '=', '!', '.', '#', '('].

term([{atom, _, A} | Rest]) -> {A, Rest};
term([{integer, _, I} | Rest]) -> {I, Rest};
term([{float, _, F} | Rest]) -> {F, Rest};
term([{char, _, C} | Rest]) -> {C, Rest};
term([{string, _, S} | Rest]) -> strings(Rest, S);
term([{'-', _}, {integer, _, I} | Rest]) -> {-I, Rest};
term([{'-', _}, {float, _, F} | Rest]) -> {-F, Rest};
term([{'+', _}, {integer, _, I} | Rest]) -> {I, Rest};
term([{'+', _}, {float, _, F} | Rest]) -> {F, Rest};
term([{'-', L}, {'(', _} | _] = Tokens) ->
    {T, Rest} = term(tl(Tokens)),
    if
        is_number(T) -> {-T, Rest};
        true -> bad_term(L)
    end;
term([{'(', _} | Tokens]) ->
    case term(Tokens) of
        {T, [{')', _} | Rest]} -> {T, Rest};
        {_, Rest} -> syntax_error_at(Rest, Tokens)
    end;
term([{'[', _}, {']', _} | Rest]) -> {[], Rest};
term([{'[', _} | Tokens]) -> list(Tokens, []);
term([{'{', _}, {'}', _} | Rest]) -> {{}, Rest};
term([{'{', _} | Tokens]) -> tuple(Tokens, []);
term([{'#', _}, {'{', _}, {'}', _} | Rest]) -> {#{}, Rest};
term([{'#', _}, {'{', _} | Tokens]) -> map(Tokens, []);
term([{'<<', _}, {'>>', _} | Rest]) -> {<<>>, Rest};
term([{'<<', _} | Tokens]) -> binary(Tokens, []);
term([{'fun', L}, {atom, _, M}, {':', _}, {atom, _, F}, {'/', _}, {integer, _, A} | Rest]) ->
    case A >= 0 andalso A =< 255 of
        true -> {erlang:make_fun(M, F, A), Rest};
        false -> bad_term(L)
    end;
term([{var, L, _} | Rest]) ->
    %% A variable: valid syntax, not a term (unless the rest is a syntax error).
    check_rest(Rest),
    bad_term(L);
term([Tok | _]) -> syntax_error(Tok);
term([]) -> throw({parse_error, {1, erl_parse, ["syntax error before: ", []]}}).

strings([{string, _, S} | Rest], Acc) -> strings(Rest, Acc ++ S);
strings(Rest, Acc) -> {Acc, Rest}.

list(Tokens, Acc) ->
    {T, Rest} = term(Tokens),
    case Rest of
        [{',', _} | Rest1] -> list(Rest1, [T | Acc]);
        [{'|', _} | Rest1] ->
            case term(Rest1) of
                {Tail, [{']', _} | Rest2]} -> {lists:reverse([T | Acc], Tail), Rest2};
                {_, Rest2} -> syntax_error_at(Rest2, Rest1)
            end;
        [{']', _} | Rest1] -> {lists:reverse([T | Acc]), Rest1};
        _ -> syntax_error_at(Rest, Tokens)
    end.

tuple(Tokens, Acc) ->
    {T, Rest} = term(Tokens),
    case Rest of
        [{',', _} | Rest1] -> tuple(Rest1, [T | Acc]);
        [{'}', _} | Rest1] -> {list_to_tuple(lists:reverse([T | Acc])), Rest1};
        _ -> syntax_error_at(Rest, Tokens)
    end.

map(Tokens, Acc) ->
    {K, Rest} = term(Tokens),
    case Rest of
        [{'=>', _} | Rest1] ->
            {V, Rest2} = term(Rest1),
            case Rest2 of
                [{',', _} | Rest3] -> map(Rest3, [{K, V} | Acc]);
                [{'}', _} | Rest3] -> {maps:from_list(lists:reverse([{K, V} | Acc])), Rest3};
                _ -> syntax_error_at(Rest2, Rest1)
            end;
        [{':=', L} | Rest1] ->
            {_, _} = term(Rest1),
            bad_term(L);
        _ ->
            syntax_error_at(Rest, Tokens)
    end.

%% Binary segments: Value[:Size] with integer, char and string values.
binary(Tokens, Acc) ->
    {V, Rest} = term(Tokens),
    {Seg, Rest1} = case Rest of
                       [{':', _}, {integer, _, Size} | R] -> {segment(V, Size, Tokens), R};
                       _ -> {segment(V, default, Tokens), Rest}
                   end,
    case Rest1 of
        [{',', _} | Rest2] -> binary(Rest2, [Seg | Acc]);
        [{'>>', _} | Rest2] -> {list_to_binary(lists:reverse([Seg | Acc])), Rest2};
        _ -> syntax_error_at(Rest1, Tokens)
    end.

segment(V, default, _) when is_integer(V) -> <<V>>;
segment(V, Size, _) when is_integer(V), is_integer(Size) -> <<V:Size>>;
segment(V, default, _) when is_float(V) -> <<V/float>>;
segment(V, default, Tokens) when is_list(V) ->
    case catch list_to_binary(V) of
        B when is_binary(B) -> B;
        _ -> bad_term(line(hd(Tokens)))
    end;
segment(_, _, Tokens) ->
    bad_term(line(hd(Tokens))).

check_rest([{dot, _} | _]) -> ok;
check_rest([Tok | _] = Rest) ->
    case lists:member(element(1, Tok), operators()) orelse
             lists:member(element(1, Tok), [',', ')', ']', '}', '|', '=>', '>>', ':']) of
        true -> ok;
        false -> syntax_error_at(Rest, Rest)
    end;
check_rest([]) -> ok.

bad_term(Line) ->
    throw({parse_error, {Line, erl_parse, "bad term"}}).

syntax_error_at([Tok | _], _) -> syntax_error(Tok);
syntax_error_at([], Tokens) -> syntax_error(eof, Tokens).

syntax_error(eof, Tokens) ->
    Line = case Tokens of [] -> 1; _ -> line(lists:last(Tokens)) end,
    throw({parse_error, {Line, erl_parse, ["syntax error before: ", []]}}).

syntax_error(Tok) ->
    throw({parse_error, {line(Tok), erl_parse, ["syntax error before: ", lists:flatten(token_text(Tok))]}}).

token_text({atom, _, A}) -> io_lib:write_atom(A);
token_text({var, _, V}) -> atom_to_list(V);
token_text({integer, _, I}) -> integer_to_list(I);
token_text({float, _, F}) -> io_lib:write(F);
token_text({char, _, C}) -> io_lib:write_char(C);
token_text({string, _, S}) -> io_lib:write_string(S);
token_text({dot, _}) -> "'.'";
token_text({Sym, _}) -> [$' | atom_to_list(Sym)] ++ "'".

line(Tok) ->
    case element(2, Tok) of
        {Line, _} -> Line;
        Line -> Line
    end.

format_error(Message) when is_list(Message) ->
    lists:flatten(Message);
format_error(Other) ->
    lists:flatten(io_lib:write(Other)).

%% ---- abstract format ----

abstract(T) ->
    abstract(T, 0).

abstract(T, Line) when is_integer(T) ->
    if
        T < 0 -> {op, Line, '-', {integer, Line, -T}};
        true -> {integer, Line, T}
    end;
abstract(T, Line) when is_float(T) -> {float, Line, T};
abstract(T, Line) when is_atom(T) -> {atom, Line, T};
abstract([], Line) -> {nil, Line};
abstract(T, Line) when is_list(T) ->
    case io_lib:printable_latin1_list(T) of
        true -> {string, Line, T};
        false -> abstract_list(T, Line)
    end;
abstract(T, Line) when is_tuple(T) ->
    {tuple, Line, [abstract(E, Line) || E <- tuple_to_list(T)]};
abstract(T, Line) when is_map(T) ->
    {map, Line, [{map_field_assoc, Line, abstract(K, Line), abstract(V, Line)}
                 || {K, V} <- maps:to_list(T)]};
abstract(T, Line) when is_bitstring(T) ->
    {bin, Line, [{bin_element, Line, {integer, Line, B}, default, default}
                 || <<B>> <= T]};
abstract(T, Line) when is_function(T) ->
    {module, M} = erlang:fun_info(T, module),
    {name, F} = erlang:fun_info(T, name),
    {arity, A} = erlang:fun_info(T, arity),
    {'fun', Line, {function, {atom, Line, M}, {atom, Line, F}, {integer, Line, A}}}.

abstract_list([H | T], Line) -> {cons, Line, abstract(H, Line), abstract_tail(T, Line)}.

abstract_tail([], Line) -> {nil, Line};
abstract_tail([H | T], Line) -> {cons, Line, abstract(H, Line), abstract_tail(T, Line)};
abstract_tail(T, Line) -> abstract(T, Line).

normalise({integer, _, I}) -> I;
normalise({float, _, F}) -> F;
normalise({atom, _, A}) -> A;
normalise({char, _, C}) -> C;
normalise({string, _, S}) -> S;
normalise({nil, _}) -> [];
normalise({cons, _, H, T}) -> [normalise(H) | normalise(T)];
normalise({tuple, _, Es}) -> list_to_tuple([normalise(E) || E <- Es]);
normalise({map, _, Fs}) -> maps:from_list([{normalise(K), normalise(V)} || {map_field_assoc, _, K, V} <- Fs]);
normalise({bin, _, Es}) ->
    list_to_binary([case {normalise(V), S} of
                        {I, default} when is_integer(I) -> <<I>>;
                        {I, {integer, _, N}} when is_integer(I) -> <<I:N>>;
                        {Str, default} when is_list(Str) -> list_to_binary(Str)
                    end || {bin_element, _, V, S, _} <- Es]);
normalise({op, _, '-', E}) -> -normalise(E);
normalise({op, _, '+', E}) -> normalise(E);
normalise({'fun', _, {function, {atom, _, M}, {atom, _, F}, {integer, _, A}}}) ->
    erlang:make_fun(M, F, A);
normalise(Other) ->
    erlang:error({badarg, Other}).
