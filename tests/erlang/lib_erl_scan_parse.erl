%% erl_scan:string/1,2 and erl_parse:parse_term/1 over well-formed and malformed text:
%% token shapes and lines, numbers in every notation, escapes, reserved words, errors;
%% terms of every kind, "bad term" for expressions that are not terms, syntax errors.
-module(lib_erl_scan_parse).
-export([start/0]).

scans() ->
    ["", "foo.", "a\nb\n.", "x.y", "1.2.3", "-1",
     "1_000 16#ff_ff 2#1010 36#Zz 1.5e3 10.0E-2 2.5e+1 0.0",
     "$a $\\n $\\x{41} $\\101 $\\^a $\\s $  $\\\\",
     "\"a\\tb\\\"c\" \"\" \"multi\nline\"",
     "'A b' 'quoted\\'' 'case' foo@bar a_B9",
     "X _ _Y Ab@c",
     "case of end fun if receive after when try catch begin andalso orelse not div rem band bor bxor bsl bsr and or xor",
     "( ) [ ] { } , ; | || : :: -> => := << >> <- <= >= =< == /= =:= =/= ++ -- + - * / ! = < > # ? ?? ?= ... ..",
     "a % comment\n b",
     "\"abc", "'abc", "$", "1#2", "37#1", "0.5e", "a ` b", "\"a\\q\""].

terms() ->
    ["foo.", "'hello world'.", "42.", "-7.", "+3.", "-2.5.", "1.0e10.", "$x.", "\"str\".",
     "\"a\" \"b\" \"c\".", "[].", "[1,2,3].", "[1,2|3].", "[a|[b]].", "{}.", "{a,{b,[c]}}.",
     "#{}.", "#{a => 1, \"k\" => [v]}.", "<<>>.", "<<1,2,3>>.", "<<\"abc\", 0>>.",
     "<<1:16, 255:8>>.", "fun lists:map/2.", "-(1).", "(foo).",
     "{a, \"b\" \"c\", -1, - 2.5, $c, #{k => [v]}, <<1,2,\"x\">>}.",
     "X.", "1 + 2.", "#{a => 1, b := 2}.", "foo(1).",
     "foo bar.", "{a, .", "[1,2", "[a,].", "{.", "}.", "(1.", "[1 2]."].

start() ->
    Scans = [erl_scan:string(S) || S <- scans()],
    Lined = erl_scan:string("a\nb", 10),
    Parses = [parse(S) || S <- terms()],
    {Scans, Lined, Parses}.

parse(S) ->
    case erl_scan:string(S) of
        {ok, Tokens, _} -> erl_parse:parse_term(Tokens);
        Error -> {scan, Error}
    end.
