-module(lib_io_write).
-export([start/0, id/1]).

id(X) -> X.

flat(L) -> flat(L, []).
flat([H | T], Acc) when is_list(H) -> flat(H, flat(T, Acc));
flat([H | T], Acc) -> [H | flat(T, Acc)];
flat([], Acc) -> Acc.

t(F) -> try flat(F()) catch C:R -> {C, R} end.

start() ->
    Atoms = ['hello world', 'Abc', aBc, 'a-b', a@b, 'a.b', 'end', 'receive', 'when', '_a', a_1,
             'é', 'éa', 'aé', 'Éa', 'a×', 'ß', '÷', '', '\n', 'a\'b', 'a\\b', maybe, else,
             'cond', 'let', 'catch', 'andalso', 'div', spec, 'not', 'bnot', list_to_atom([256]),
             list_to_atom([97, 945]), list_to_atom([0, 1, 27, 127, 128, 159, 160])],
    Chars = [$a, $\s, $\n, 0, 127, 128, 160, 255, 256, $\\, $', $", 1000],
    Str = [0, 1, 7, 8, 9, 10, 11, 12, 13, 26, 27, 31, 32, 34, 39, 92, 126, 127, 128, 159, 160, 255, 256, 1000],
    Terms = [[1, 2, 3, 4, 5], {1, 2, 3, 4, 5}, <<1, 2, 3, 4, 5>>, "abcdef", [[[[[a]]]]], {a, {b, {c, {d}}}},
             #{a => 1, b => 2, c => 3, d => 4}, #{a => {x, y}, b => [1, 2]}, [1 | 2], [1, 2 | 3],
             <<1, 2, 3, 4:4>>, <<>>, {}, [], #{}, [#{a => 1}], {#{a => 1}, #{b => 1}}],
    [[t(fun() -> io_lib:write_atom(A) end) || A <- Atoms],
     [t(fun() -> io_lib:write_atom_as_latin1(A) end) || A <- Atoms],
     [t(fun() -> io_lib:format("~w ~p ~tw ~tp", [A, A, A, A]) end) || A <- Atoms],
     [io_lib:quote_atom(A, atom_to_list(A)) || A <- Atoms],
     [t(fun() -> io_lib:write_char(C) end) || C <- Chars],
     [t(fun() -> io_lib:write_char_as_latin1(C) end) || C <- Chars],
     t(fun() -> io_lib:write_string(Str) end),
     t(fun() -> io_lib:write_string(Str, $') end),
     t(fun() -> io_lib:write_string_as_latin1(Str) end),
     t(fun() -> io_lib:write_latin1_string([1, 2, 255]) end),
     t(fun() -> io_lib:write_latin1_string([256]) end),
     [t(fun() -> io_lib:write(T) end) || T <- Terms],
     [[t(fun() -> io_lib:write(T, D) end) || D <- [0, 1, 2, 3, 4, 5, -1]] || T <- Terms],
     [[t(fun() -> io_lib:format("~P", [T, D]) end) || D <- [1, 2, 3, 4, 5]] || T <- Terms],
     [t(fun() -> io_lib:print(T) end) || T <- Terms],
     t(fun() -> io_lib:print({aaaaaaaaaaaaaaaaaaaaaaa, [1, 2, 3], bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb}, 10, 40, -1) end),
     [[F(L) || F <- [fun io_lib:printable_list/1, fun io_lib:printable_latin1_list/1,
                    fun io_lib:printable_unicode_list/1, fun io_lib:char_list/1,
                    fun io_lib:latin1_char_list/1, fun io_lib:deep_char_list/1,
                    fun io_lib:deep_latin1_char_list/1]]
      || L <- [[], "a", [127], [160], [255], [256], [8, 9, 10, 11, 12, 13, 27], [7], [1], [a],
               [16#D800], [16#FFFE], [16#FFFD], [16#10FFFF], [16#110000], [16#80], [$a | b],
               ["ab", [$c]], [-1]]],
     io_lib:chars_length([$a, [$b, "cd"]]),
     io_lib:nl(),
     t(fun() -> io_lib:indentation("abc\n  de\tf", 3) end),
     t(fun() -> io_lib:fwrite("~w", [x]) end),
     t(fun() -> io_lib:format("~w", [x], [{chars_limit, 100}]) end),
     t(fun() -> io_lib:build_text(io_lib:scan_format("~5w|~-s|~.3.xf", [a, "b", 1.0])) end),
     io_lib:unscan_format(io_lib:scan_format("a~5.2.xw~-10p~tp~ls~~", [x, y, z, "s"]))].
