%% The pretty printer behind ~p and ~P (and io_lib:print/1,4).
%%
%% A term is first turned into a tree that knows the flat width of every node, with the
%% depth limit already applied; then the tree is laid out. A node that fits on the rest of
%% its line is printed flat. Otherwise lists, tuples, maps and binaries put their elements
%% below each other, aligned after the opening bracket; runs of "simple" elements (atoms,
%% numbers, strings, empty containers) share lines while they fit, while a compound element
%% always gets a line of its own. A tuple starting with an atom keeps the atom on the first
%% line and aligns the other elements after it, unless that would start them beyond half the
%% line length (then they go 4 columns in). A map association that does not fit puts its
%% value on the next line, 4 columns in.
%%
%% Written for this VM from observations of OTP 25's output, which it reproduces.
-module(io_lib_pretty).

-export([print/1, print/2, print/3, print/4, print/5, print/6]).

%% Tree nodes:
%%   {leaf, Width, Chars, IsAtom}
%%   {list, Width, Elements, Tail}      Tail: none or a node ("..." for the cut-off tail)
%%   {tuple, Width, Elements}
%%   {map, Width, Associations}         {assoc, Width, Key, Value} or the "..." leaf
%%   {bin, Width, Elements}             bytes, the trailing bits and "..." as leaves

print(Term) ->
    print(Term, []).

print(Term, Opts) when is_list(Opts) ->
    Col = option(column, Opts, 1),
    Ll = option(line_length, Opts, 80),
    D = option(depth, Opts, -1),
    Enc = option(encoding, Opts, latin1),
    Strings = option(strings, Opts, true),
    top(tree(Term, D, Enc, Strings), Col, Ll);
print(Term, RecDefFun) ->
    print(Term, 1, 80, -1, RecDefFun).

print(Term, Depth, RecDefFun) ->
    print(Term, 1, 80, Depth, RecDefFun).

print(Term, Col, Ll, D) ->
    print(Term, [{column, Col}, {line_length, Ll}, {depth, D}]).

print(Term, Col, Ll, D, _RecDefFun) ->
    print(Term, Col, Ll, D).

print(Term, Col, Ll, D, M, _RecDefFun) when is_integer(M) ->
    print(Term, Col, Ll, D).

option(Key, Opts, Default) ->
    case lists:keyfind(Key, 1, Opts) of
        {Key, V} -> V;
        false -> Default
    end.

%% ---- the tree ----

dec(-1) -> -1;
dec(D) -> D - 1.

leaf(Cs) -> {leaf, length(Cs), Cs, false}.

%% A list cut off by the depth limit: printed like a leaf but not "simple".
cut(Cs) -> {cut, length(Cs), Cs}.

-define(DOTS, {leaf, 3, "...", false}).

tree(_, 0, _, _) ->
    ?DOTS;
tree(A, _, Enc, _) when is_atom(A) ->
    Cs = io_lib:write_atom_as(A, Enc),
    {leaf, length(Cs), Cs, true};
tree(I, _, _, _) when is_integer(I) ->
    leaf(integer_to_list(I));
tree(F, _, _, _) when is_float(F) ->
    leaf(float_to_list(F, [short]));
tree([], _, _, _) ->
    leaf("[]");
tree(L, D, Enc, Strings) when is_list(L) ->
    case D of
        1 -> cut("[...]");
        _ ->
            case Strings andalso io_lib:printable_latin1_list(L) of
                true -> leaf(io_lib:write_string_as(L, $", Enc));
                false -> list_tree(L, D, Enc, Strings)
            end
    end;
tree({}, _, _, _) ->
    leaf("{}");
tree(T, 1, _, _) when is_tuple(T) ->
    leaf("{...}");
tree(T, D, Enc, Strings) when is_tuple(T) ->
    [E1 | Es] = tuple_to_list(T),
    D1 = dec(D),
    Elems = [tree(E1, D1, Enc, Strings) | tuple_rest(Es, D1, Enc, Strings)],
    {tuple, seq_width(Elems) + 2, Elems};
tree(M, D, Enc, Strings) when is_map(M) ->
    map_tree(M, D, Enc, Strings);
tree(B, D, Enc, Strings) when is_bitstring(B) ->
    bin_tree(B, D, Enc, Strings);
tree(T, _, _, _) ->
    leaf(io_lib:write(T)).

list_tree([H | T], D, Enc, Strings) ->
    D1 = dec(D),
    {Elems, Tail} = list_rest(T, D1, Enc, Strings, [tree(H, D1, Enc, Strings)]),
    W = seq_width(Elems) + 2 + case Tail of none -> 0; _ -> 1 + width(Tail) end,
    {list, W, Elems, Tail}.

list_rest([], _, _, _, Acc) ->
    {lists:reverse(Acc), none};
list_rest(_, 1, _, _, Acc) ->
    {lists:reverse(Acc), ?DOTS};
list_rest([H | T], D, Enc, Strings, Acc) ->
    D1 = dec(D),
    list_rest(T, D1, Enc, Strings, [tree(H, D1, Enc, Strings) | Acc]);
list_rest(Tail, D, Enc, Strings, Acc) ->
    {lists:reverse(Acc), tree(Tail, dec(D), Enc, Strings)}.

tuple_rest([], _, _, _) -> [];
tuple_rest(_, 1, _, _) -> [{dots}];
tuple_rest([E | Es], D, Enc, Strings) ->
    D1 = dec(D),
    [tree(E, D1, Enc, Strings) | tuple_rest(Es, D1, Enc, Strings)].

map_tree(M, D, Enc, Strings) ->
    case maps:size(M) of
        0 -> leaf("#{}");
        _ when D =:= 1 -> leaf("#{...}");
        _ ->
            D1 = dec(D),
            Assocs = map_assocs(maps:to_list(M), D1, D1, Enc, Strings),
            {map, seq_width(Assocs) + 3, Assocs}
    end.

map_assocs([], _, _, _, _) -> [];
map_assocs(_, 0, _, _, _) -> [{dots}];
map_assocs([{K, V} | Ps], N, D, Enc, Strings) ->
    KT = tree(K, D, Enc, Strings),
    VT = tree(V, D, Enc, Strings),
    [{assoc, width(KT) + 4 + width(VT), KT, VT} | map_assocs(Ps, N - 1, D, Enc, Strings)].

bin_tree(<<>>, _, _, _) ->
    leaf("<<>>");
bin_tree(_, 1, _, _) ->
    leaf("<<...>>");
bin_tree(B, D, Enc, Strings) when is_binary(B), Strings ->
    {Chars, Utf8} = bin_chars(B, Enc),
    case D of
        -1 ->
            case io_lib:printable_latin1_list(Chars) of
                true -> bin_string(Chars, Utf8, "", Enc);
                false -> bin_bytes(B, D)
            end;
        _ ->
            Cap = 4 * (D - 1),
            case short_printable(Chars, Cap) of
                true -> bin_string(Chars, Utf8, "", Enc);
                false ->
                    Pfx = printable_prefix(Chars, Cap, []),
                    N = length(Pfx),
                    if
                        N >= D - 1, N > 0 -> bin_string(Pfx, Utf8, "...", Enc);
                        true -> bin_bytes(B, D)
                    end
            end
    end;
bin_tree(B, D, _, _) ->
    bin_bytes(B, D).

%% The characters of a binary: its UTF-8 decoding under ~tp when that is valid and not
%% plain ASCII, else its bytes.
bin_chars(B, unicode) ->
    case unicode:characters_to_list(B) of
        L when is_list(L), length(L) =/= byte_size(B) -> {L, true};
        _ -> {binary_to_list(B), false}
    end;
bin_chars(B, latin1) ->
    {binary_to_list(B), false}.

short_printable(Chars, Cap) ->
    short_printable(Chars, Cap, 0).
short_printable([], _, _) -> true;
short_printable(_, Cap, N) when N >= Cap -> false;
short_printable([C | Cs], Cap, N) ->
    case io_lib:printable_latin1_list([C]) of
        true -> short_printable(Cs, Cap, N + 1);
        false -> false
    end.

printable_prefix([], _, Acc) -> lists:reverse(Acc);
printable_prefix(_, 0, Acc) -> lists:reverse(Acc);
printable_prefix([C | Cs], N, Acc) ->
    case io_lib:printable_latin1_list([C]) of
        true -> printable_prefix(Cs, N - 1, [C | Acc]);
        false -> lists:reverse(Acc)
    end.

bin_string(Chars, Utf8, Dots, Enc) ->
    Suffix = case Utf8 andalso not ascii(Chars) of true -> "/utf8"; false -> "" end,
    leaf("<<" ++ io_lib:write_string_as(Chars, $", Enc) ++ Suffix ++ Dots ++ ">>").

ascii([C | Cs]) when C < 128 -> ascii(Cs);
ascii([]) -> true;
ascii(_) -> false.

bin_bytes(B, D) ->
    Elems = bin_elems(B, dec(D)),
    {bin, seq_width(Elems) + 4, Elems}.

%% Bytes, then the trailing bits; the depth counts elements as for lists.
bin_elems(<<>>, _) -> [];
bin_elems(_, 0) -> [?DOTS];
bin_elems(<<Byte:8, Rest/bitstring>>, N) ->
    [leaf(integer_to_list(Byte)) | bin_elems(Rest, dec(N))];
bin_elems(Bits, _) ->
    S = bit_size(Bits),
    <<V:S>> = Bits,
    [leaf(integer_to_list(V) ++ ":" ++ integer_to_list(S))].

width({leaf, W, _, _}) -> W;
width({cut, W, _}) -> W;
width({dots}) -> 3;
width({list, W, _, _}) -> W;
width({tuple, W, _}) -> W;
width({map, W, _}) -> W;
width({bin, W, _}) -> W;
width({assoc, W, _, _}) -> W.

%% Widths of elements plus the commas between them.
seq_width(Es) -> seq_width(Es, -1).
seq_width([], N) -> max(N, 0);
seq_width([E | Es], N) -> seq_width(Es, N + 1 + width(E)).

simple({leaf, _, _, _}) -> true;
simple({assoc, _, K, V}) -> simple(K) andalso simple(V);
simple(_) -> false.

%% ---- flat text ----

flat({leaf, _, Cs, _}) -> Cs;
flat({cut, _, Cs}) -> Cs;
flat({dots}) -> "...";
flat({list, _, Es, none}) -> [$[, flat_seq(Es), $]];
flat({list, _, Es, Tail}) -> [$[, flat_seq(Es), $|, flat(Tail), $]];
flat({tuple, _, Es}) -> [${, flat_seq(Es), $}];
flat({map, _, Es}) -> [$#, ${, flat_seq(Es), $}];
flat({bin, _, Es}) -> ["<<", flat_seq(Es), ">>"];
flat({assoc, _, K, V}) -> [flat(K), " => ", flat(V)].

flat_seq([]) -> [];
flat_seq([E]) -> flat(E);
flat_seq([E | Es]) -> [flat(E), $, | flat_seq(Es)].

%% ---- layout ----
%%
%% Col: the (1-based) column where the node starts; Ll: the line length; LD: how many
%% characters must follow the node on its last line (closing brackets, a comma).
%%
%% TInd says where the other elements of a tuple that starts with an atom go when it is
%% broken: -1 after the atom; N > 0 after the atom if the atom is shorter than N - 1
%% characters, else on the next line N columns in. The whole term is laid out with -1 if
%% no such tuple then starts its elements beyond half the line, else with 4 under the same
%% condition, else with 1.

top(Tree, _, Ll) when Ll =< 0 ->
    %% A line length of 0 (~0p) means no limit: one line.
    flat(Tree);
top(Tree, Col, Ll) ->
    try layout(Tree, Col, Ll, 0, -1)
    catch throw:no_good ->
        try layout(Tree, Col, Ll, 0, 4)
        catch throw:no_good -> layout(Tree, Col, Ll, 0, 1)
        end
    end.

layout({leaf, _, Cs, _}, _, _, _, _) ->
    Cs;
layout({cut, _, Cs}, _, _, _, _) ->
    Cs;
layout(Node, Col, Ll, LD, TInd) ->
    case fits(Col, width(Node), LD, Ll) of
        true -> flat(Node);
        false -> broken(Node, Col, Ll, LD, TInd)
    end.

fits(Col, W, LD, Ll) ->
    Col + W + LD =< Ll - 1.

%% The checks made while choosing TInd: elements after the atom must start before half the
%% line, elements on the following lines at most there. With TInd 1 anything goes.
check_short(_, _, 1) -> ok;
check_short(Col, Ll, _) when Col < Ll div 2 -> ok;
check_short(_, _, _) -> throw(no_good).

check_long(_, _, 1) -> ok;
check_long(Col, Ll, _) when Col =< Ll div 2 -> ok;
check_long(_, _, _) -> throw(no_good).

broken({list, _, Es, Tail}, Col, Ll, LD, TInd) ->
    [$[, seq(Es, Tail, Col + 1, Ll, {1, LD + 1}, TInd), $]];
broken({tuple, _, [{leaf, TagW, Tag, true} | [_ | _] = Es]}, Col, Ll, LD, TInd) ->
    TagInd = TagW + 2,
    if
        TInd > 0, TagInd > TInd ->
            Ind = Col + TInd,
            check_long(Ind, Ll, TInd),
            %% (OTP counts one column more for the elements that share the atom's line.)
            [${, Tag, seq_rest(Es, none, true, Col + TagInd, Ind, Ll, {1, LD + 1}, TInd), $}];
        true ->
            Tcol = Col + TagInd,
            check_short(Tcol, Ll, TInd),
            [${, Tag, $,, seq(Es, none, Tcol, Ll, {1, LD + 1}, TInd), $}]
    end;
broken({tuple, _, Es}, Col, Ll, LD, TInd) ->
    [${, seq(Es, none, Col + 1, Ll, {1, LD + 1}, TInd), $}];
broken({map, _, Es}, Col, Ll, LD, TInd) ->
    [$#, ${, seq(Es, none, Col + 2, Ll, {1, LD + 1}, TInd), $}];
broken({bin, _, Es}, Col, Ll, LD, TInd) ->
    %% The bytes fill the lines; the closing ">>" is not counted, nor a comma after the last.
    ["<<", seq(Es, none, Col + 2, Ll, {LD, LD - 1, bin}, TInd), ">>"];
broken({assoc, _, K, V}, Col, Ll, LD, TInd) ->
    VInd = case TInd of 1 -> 1; _ -> 4 end,
    [layout(K, Col, Ll, LD, TInd), " =>\n", indent(Col + VInd), layout(V, Col + VInd, Ll, LD, TInd)].

indent(Col) -> spaces(Col - 1).

spaces(N) when N =< 0 -> [];
spaces(N) -> [$\s | spaces(N - 1)].

%% Elements below each other from column Ind; a simple element follows a simple one on
%% the same line while it fits. The tail of an improper list follows a "|". Lds is
%% {Sep, Last}: what must fit after a simple element that shares a line (its comma, or
%% for binaries what follows the binary), and after the last element. Elements other than
%% the last (and the one before an improper tail) are laid out with nothing after them.
seq([E | Es], Tail, Ind, Ll, Lds, TInd) ->
    [layout(E, Ind, Ll, layout_ld(Es, Tail, Lds), TInd)
     | seq_rest(Es, Tail, simple(E), Ind + width(E), Ind, Ll, Lds, TInd)].

%% Col: the column after the previous element (where its comma goes).
seq_rest([], none, _, _, _, _, _, _) ->
    [];
seq_rest([], ?DOTS, _, _, _, _, _, _) ->
    "|...";
seq_rest([], Tail, Prev, Col, Ind, Ll, Lds, TInd) ->
    LD = element(2, Lds),
    Simple = simple(Tail),
    case Prev andalso Simple andalso fits(Col + 1, width(Tail), LD, Ll) of
        true ->
            [$|, layout(Tail, Col + 1, Ll, LD, TInd)];
        false ->
            tail_check(Tail, Prev, case Prev of true -> Col; false -> Ind end, Ll, Lds, TInd),
            [$|, $\n, indent(Ind), layout(Tail, Ind, Ll, LD, TInd)]
    end;
seq_rest([{dots}], none, _, _, _, _, _, _) ->
    ",...";
seq_rest([E | Es], Tail, Prev, Col, Ind, Ll, Lds, TInd) ->
    Simple = simple(E),
    case Prev andalso Simple andalso fill_fits(Col + 1, width(E), Es, Tail, Ind, Ll, Lds) of
        true ->
            [$,, layout(E, Col + 1, Ll, layout_ld(Es, Tail, Lds), TInd)
             | seq_rest(Es, Tail, true, Col + 1 + width(E), Ind, Ll, Lds, TInd)];
        false ->
            [$,, $\n, indent(Ind), layout(E, Ind, Ll, layout_ld(Es, Tail, Lds), TInd)
             | seq_rest(Es, Tail, Simple, Ind + width(E), Ind, Ll, Lds, TInd)]
    end.

%% When choosing TInd, OTP judges an improper tail that goes on a line of its own as if it
%% followed the previous element on its line; after a compound element, a tail holding a
%% tuple starting with an atom anywhere never passes.
tail_check(_, _, _, _, _, 1) ->
    ok;
tail_check(Tail, true, Col, Ll, Lds, TInd) ->
    _ = layout(Tail, Col, Ll, element(2, Lds), TInd),
    ok;
tail_check({tuple, _, [{leaf, _, _, true}, _ | _]}, false, _, _, _, _) ->
    throw(no_good);
tail_check(Tail, false, _, _, _, _) ->
    poison(Tail).

poison({tuple, _, [{leaf, _, _, true}, _ | _]}) -> throw(no_good);
poison({tuple, _, Es}) -> poison_all(Es);
poison({list, _, Es, Tail}) -> poison_all([Tail | Es]);
poison({map, _, Es}) -> poison_all(Es);
poison({assoc, _, K, V}) -> poison(K), poison(V);
poison(_) -> ok.

poison_all([]) -> ok;
poison_all([E | Es]) -> poison(E), poison_all(Es).

%% Whether a simple element shares the line. The bytes of a binary always get at least
%% 8 columns per line, as in OTP.
fill_fits(Col, W, Es, Tail, Ind, Ll, Lds) ->
    fits(Col, W, fill_ld(Es, Tail, Lds), Ll)
        orelse (element(tuple_size(Lds), Lds) =:= bin
                andalso Col - Ind + W + case Es of [] -> 0; _ -> 1 end =< 8).

%% The "..." left by the depth limit always follows on the same line (not counted); the
%% element before it is judged as the last one.
fill_ld([], none, Lds) -> element(2, Lds);
fill_ld([{dots}], none, Lds) -> element(2, Lds);
fill_ld([], ?DOTS, Lds) -> element(2, Lds);
fill_ld(_, _, Lds) -> element(1, Lds).

layout_ld([{dots}], none, Lds) -> element(2, Lds);
layout_ld([], _, Lds) -> element(2, Lds);
layout_ld(_, _, _) -> 0.
