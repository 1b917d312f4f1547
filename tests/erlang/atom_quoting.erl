-module(atom_quoting).
-export([start/0, id/1]).

id(X) -> X.

%% The result is a list of atoms, so this tests how ~w quotes atoms.
start() ->
    Names = ["a", "abc", "aBC", "a_b", "a@b", "a.b", "a1", "A", "Abc", "_a", "1a", "", " ",
             "hello world", "[]", "{}", "a-b", "a+b", "a'b", "a\\b", "a\"b", "a\nb", "a\tb",
             "true", "false", "undefined", "and", "or", "not", "xor", "band", "bor", "div", "rem",
             "case", "of", "end", "fun", "if", "receive", "after", "when", "try", "catch", "begin",
             "query", "cond", "let", "maybe", "else", "orelse", "andalso", "bnot", "bsl", "bsr",
             "bxor", "throw", "nil", "ok", "z", "zz@", "é", "ébc", "aé", "Éa", "ß", "ÿ", "÷", "×",
             "ok!", "a#", "$", [127], [1], [255], [160], "ñ", "aÀ"],
    [list_to_atom(?MODULE:id(N)) || N <- Names].
