%% Unicode normalisation (NFD, NFC, NFKD, NFKC) and grapheme clusters, as OTP 25's
%% unicode_util computes them, for unicode:characters_to_nf*_list/binary/1 and
%% string:equal/4. Not an OTP module: OTP keeps these functions in unicode_util, whose
%% API (case tables, lookup/1) this library does not provide.
%%
%% OTP normalises one grapheme cluster at a time: nfd/1 and the others take chardata and
%% return [GC | Rest], GC being the normalised first cluster (a code point or a list of
%% them), or [] or {error, Rest} for invalid UTF-8. The control flow below follows
%% unicode_util's (its cluster rules, its fast paths for code points below 128 and 256,
%% how it walks deep lists and binaries, its composition loop), so that the results agree
%% with OTP's everywhere, including where they differ from the Unicode standard's
%% algorithms and what is left over after an error. The data (canonical combining
%% classes, decompositions, composition pairs, the cluster-break properties) is in the
%% generated module unicode_norm_data (tools/gen_unicode_norm.escript), taken from OTP's
%% unicode_util (Unicode 14.0); this module decodes its tables.
%%
%% Floats in a list (which are no characters) are handled as OTP handles them: it
%% passes those below 128 or 256 through and fails on the others.
-module(unicode_norm).

-export([cp/1, gc/1, nfd/1, nfc/1, nfkd/1, nfkc/1]).
-export([ccc/1, canonical/1, compatibility/1, compose_pair/2]).

%% Hangul (Unicode 14.0, section 3.12).
-define(S_BASE, 16#AC00).
-define(S_LAST, 16#D7A3).
-define(L_BASE, 16#1100).
-define(V_BASE, 16#1161).
-define(T_BASE, 16#11A7).
-define(N_COUNT, 588).
-define(T_COUNT, 28).

%%% Normal forms of the first grapheme cluster

nfd(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 128 -> [GC | R];
        [GC | Str] -> [decompose(GC) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

nfkd(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 128 -> [GC | R];
        [GC | Str] -> [decompose_compat(GC) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

nfc(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 256 -> [GC | R];
        [GC | Str] -> [compose(decompose(GC)) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

nfkc(Str0) ->
    case gc(Str0) of
        [GC | R] when GC < 128 -> [GC | R];
        [GC | Str] -> [compose_compat(decompose_compat(GC)) | Str];
        [] -> [];
        {error, _} = Error -> Error
    end.

%%% Decomposition

%% A cluster's canonical decomposition in canonical order: a code point if it is a
%% single one, else a list.
decompose(CP) when is_integer(CP), CP < ?S_BASE ->
    case canonical(CP) of
        [] -> CP;
        CPs -> canonical_order(tag(CPs))
    end;
decompose(CP) ->
    canonical_order(decompose_1(CP)).

decompose_1(CP) when ?S_BASE =< CP, CP =< ?S_LAST -> hangul(CP);
decompose_1(CP) when is_integer(CP) ->
    case canonical(CP) of
        [] -> [{ccc(CP), CP}];
        CPs -> tag(CPs)
    end;
decompose_1([CP | CPs]) -> decompose_1(CP) ++ decompose_1(CPs);
decompose_1([]) -> [].

decompose_compat(CP) when is_integer(CP), CP < ?S_BASE ->
    case compatibility(CP) of
        [] -> CP;
        CPs -> canonical_order(tag(CPs))
    end;
decompose_compat(CP) ->
    canonical_order(decompose_compat_1(CP)).

decompose_compat_1(CP) when ?S_BASE =< CP, CP =< ?S_LAST -> hangul(CP);
decompose_compat_1(CP) when is_integer(CP) ->
    case compatibility(CP) of
        [] -> [{ccc(CP), CP}];
        CPs -> tag(CPs)
    end;
decompose_compat_1([CP | CPs]) -> decompose_compat_1(CP) ++ decompose_compat_1(CPs);
decompose_compat_1([]) -> [].

hangul(CP) ->
    S = CP - ?S_BASE,
    L = {0, ?L_BASE + S div ?N_COUNT},
    V = {0, ?V_BASE + (S rem ?N_COUNT) div ?T_COUNT},
    case S rem ?T_COUNT of
        0 -> [L, V];
        T -> [L, V, {0, ?T_BASE + T}]
    end.

tag(CPs) -> [{ccc(CP), CP} || CP <- CPs].

%% Stable sort of each run of non-starters by combining class.
canonical_order([{_, CP}]) -> CP;
canonical_order(Tagged) -> canonical_order_1(Tagged).

canonical_order_1([{0, CP} | Tagged]) -> [CP | canonical_order_1(Tagged)];
canonical_order_1([_ | _] = Tagged) -> canonical_order_2(Tagged, []);
canonical_order_1([]) -> [].

canonical_order_2([{CCC, _} = First | Cont], Seq) when CCC > 0 ->
    canonical_order_2(Cont, [First | Seq]);
canonical_order_2(Cont, Seq) ->
    [CP || {_, CP} <- lists:keysort(1, lists:reverse(Seq))] ++ canonical_order_1(Cont).

%%% Composition

compose(CP) when is_integer(CP) -> CP;
compose([Lead, Vowel | Trail]) when ?L_BASE =< Lead, Lead =< ?L_BASE + 18 ->
    if
        ?V_BASE =< Vowel, Vowel =< ?V_BASE + 20 ->
            CP = ?S_BASE + (Lead - ?L_BASE) * ?N_COUNT + (Vowel - ?V_BASE) * ?T_COUNT,
            case Trail of
                %% as OTP: T_BASE itself (no trailing consonant) is taken too
                [T | Acc] when ?T_BASE =< T, T =< ?T_BASE + 27 ->
                    nolist(CP + T - ?T_BASE, Acc);
                Acc -> nolist(CP, Acc)
            end;
        true ->
            case compose([Vowel | Trail]) of
                [_ | _] = CPs -> [Lead | CPs];
                CP -> [Lead, CP]
            end
    end;
compose([Base, Accent] = GC0) ->
    case compose_pair(Base, Accent) of
        false -> GC0;
        GC -> GC
    end;
compose([CP | Many]) ->
    compose_many(Many, CP, [], ccc(CP)).

compose_many([CP | Rest], Base, Accents, Prev) ->
    Class = ccc(CP),
    case (Prev =:= 0 orelse Prev < Class) andalso compose_pair(Base, CP) of
        false -> compose_many(Rest, Base, [CP | Accents], Class);
        Combined -> compose_many(Rest, Combined, Accents, Prev)
    end;
compose_many([], Base, [], _Prev) -> Base;
compose_many([], Base, Accents, _Prev) -> [Base | lists:reverse(Accents)].

nolist(CP, []) -> CP;
nolist(CP, L) -> [CP | L].

%% NFKC re-splits the compatibility decomposition into clusters before composing.
compose_compat(CP) when is_integer(CP) -> CP;
compose_compat(L) ->
    case gc(L) of
        [First | Rest] ->
            case compose(First) of
                [_ | _] = GC -> GC ++ compose_compat(Rest);
                CP -> [CP | compose_compat(Rest)]
            end;
        [] -> []
    end.

%%% Code points of chardata

%% [CP | Rest], [] or {error, Rest}: OTP's unicode_util:cp/1, which flattens at most
%% the first few code points of a deep list.
cp([C | _] = L) when is_integer(C) -> L;
cp([List]) -> cp(List);
cp([List | R]) -> cpl(List, R);
cp([]) -> [];
cp(<<C/utf8, R/binary>>) -> [C | R];
cp(<<>>) -> [];
cp(<<R/binary>>) -> {error, R}.

cpl([C], R) when is_integer(C) -> [C | cpl_1_cont(R)];
cpl([C | T], R) when is_integer(C) -> [C | cpl_cont(T, R)];
cpl([List], R) -> cpl(List, R);
cpl([List | T], R) -> cpl(List, [T | R]);
cpl([], R) -> cp(R);
cpl(<<C/utf8, T/binary>>, R) -> [C, T | R];
cpl(<<>>, R) -> cp(R);
cpl(<<B/binary>>, R) -> {error, [B | R]}.

cpl_cont([C | T], R) when is_integer(C) -> [C | cpl_cont2(T, R)];
cpl_cont([L], R) -> cpl_cont(L, R);
cpl_cont([L | T], R) -> cpl_cont(L, [T | R]);
cpl_cont([], R) -> cpl_1_cont(R);
cpl_cont(T, R) -> [T | R].

cpl_cont2([C | T], R) when is_integer(C) -> [C | cpl_cont3(T, R)];
cpl_cont2([L], R) -> cpl_cont2(L, R);
cpl_cont2([L | T], R) -> cpl_cont2(L, [T | R]);
cpl_cont2([], R) -> cpl_1_cont2(R);
cpl_cont2(T, R) -> [T | R].

cpl_cont3([C], R) when is_integer(C) -> [C | R];
cpl_cont3([C | T], R) when is_integer(C) -> [C, T | R];
cpl_cont3([L], R) -> cpl_cont3(L, R);
cpl_cont3([L | T], R) -> cpl_cont3(L, [T | R]);
cpl_cont3([], R) -> cpl_1_cont3(R);
cpl_cont3(T, R) -> [T | R].

cpl_1_cont([C | T]) when is_integer(C) -> [C | cpl_1_cont2(T)];
cpl_1_cont([L]) -> cpl_1_cont(L);
cpl_1_cont([L | T]) -> cpl_cont(L, T);
cpl_1_cont(T) -> T.

cpl_1_cont2([C | T]) when is_integer(C) -> [C | cpl_1_cont3(T)];
cpl_1_cont2([L]) -> cpl_1_cont2(L);
cpl_1_cont2([L | T]) -> cpl_cont2(L, T);
cpl_1_cont2(T) -> T.

cpl_1_cont3([C | _] = T) when is_integer(C) -> T;
cpl_1_cont3([L]) -> cpl_1_cont3(L);
cpl_1_cont3([L | T]) -> cpl_cont3(L, T);
cpl_1_cont3(T) -> T.

cp_no_bin([C | _] = L) when is_integer(C) -> L;
cp_no_bin([List]) -> cp_no_bin(List);
cp_no_bin([List | R]) -> cp_no_binl(List, R);
cp_no_bin([]) -> [];
cp_no_bin(_) -> binary_found.

cp_no_binl([C], R) when is_integer(C) -> [C | cpl_1_cont(R)];
cp_no_binl([C | T], R) when is_integer(C) -> [C | cpl_cont(T, R)];
cp_no_binl([List], R) -> cp_no_binl(List, R);
cp_no_binl([List | T], R) -> cp_no_binl(List, [T | R]);
cp_no_binl([], R) -> cp_no_bin(R);
cp_no_binl(_, _) -> binary_found.

%%% Grapheme clusters (extended, Unicode 14.0 UAX #29, as OTP 25 applies it)

%% [GC | Rest], [] or {error, Rest}: OTP's unicode_util:gc/1.
gc([] = R) -> R;
gc([CP] = R) when is_integer(CP) -> R;
gc([$\r = CP | R0]) ->
    case cp(R0) of
        [$\n | R1] -> [[$\r, $\n] | R1];
        T -> [CP | T]
    end;
gc([CP1 | T1] = T) when CP1 < 256 ->
    case T1 of
        [CP2 | _] when CP2 < 256 -> T;
        _ ->
            case cp_no_bin(T1) of
                [CP2 | _] = T3 when CP2 < 256 -> [CP1 | T3];
                binary_found -> gc_1(T);
                T4 -> gc_1([CP1 | T4])
            end
    end;
gc(<<>>) -> [];
gc(<<CP1/utf8, Rest/binary>>) ->
    if
        CP1 < 256, CP1 =/= $\r ->
            case Rest of
                <<CP2/utf8, _/binary>> when CP2 < 256 -> [CP1 | Rest];
                _ -> gc_1([CP1 | Rest])
            end;
        true ->
            gc_1([CP1 | Rest])
    end;
gc([CP | _] = T) when is_integer(CP) -> gc_1(T);
gc(Str) ->
    case cp(Str) of
        {error, _} = Error -> Error;
        CPs -> gc(CPs)
    end.

gc_1([$\r | R0] = R) ->
    case cp(R0) of
        [$\n | R1] -> [[$\r, $\n] | R1];
        _ -> R
    end;
gc_1([CP | R] = R0) when CP < 256 ->
    if
        is_integer(CP), CP >= 0, CP < 32; is_integer(CP), CP >= 127, CP < 160;
        CP =:= 173 -> R0;
        CP =:= 169; CP =:= 174 -> gc_ext_pict(R, [CP]);
        true ->
            case R of
                [CP2 | _] when CP2 < 256 -> R0;
                _ -> gc_extend(cp(R), R, CP)
            end
    end;
gc_1([CP | R1] = R0) ->
    case is_control(CP) of
        true -> R0;
        false -> gc_2(R0, CP, R1)
    end.

%% Code points from 256 on that are not controls: prepend, Hangul jamo (L, V, T), the
%% range of the syllables (OTP tests 44000 < CP < 56000 and treats what is no syllable
%% there as the default does), regional indicators, pictographs, the rest.
gc_2(R0, CP, R1) ->
    case in_ranges(CP, unicode_norm_data:prepend()) of
        true -> gc_prepend(R1, CP);
        false when 16#1100 =< CP, CP =< 16#115F; 16#A960 =< CP, CP =< 16#A97C ->
            gc_h_L(R1, [CP]);
        false when 16#1160 =< CP, CP =< 16#11A7; 16#D7B0 =< CP, CP =< 16#D7C6 ->
            gc_h_V(R1, [CP]);
        false when 16#11A8 =< CP, CP =< 16#11FF; 16#D7CB =< CP, CP =< 16#D7FB ->
            gc_h_T(R1, [CP]);
        false when 44000 < CP, CP < 56000 ->
            gc_h_lv_lvt(R0, R0, []);
        false when 16#1F1E6 =< CP, CP =< 16#1F1FF ->
            gc_regional(R1, CP);
        false ->
            case is_ext_pict(CP) of
                true -> gc_ext_pict(R1, [CP]);
                false -> gc_extend(cp(R1), R1, CP)
            end
    end.

gc_prepend(R00, CP0) ->
    case cp(R00) of
        [CP1 | _] = R0 ->
            case is_control(CP1) of
                true -> [CP0 | R00];
                false ->
                    case gc_1(R0) of
                        [GC | R1] when is_integer(GC) -> [[CP0, GC] | R1];
                        [GC | R1] -> [[CP0 | GC] | R1]
                    end
            end;
        [] -> [CP0];
        {error, R} -> [CP0 | R]
    end.

gc_extend([CP | T], T0, CP0) ->
    case is_extend(CP) of
        false -> [CP0 | T0];
        _TrueOrZWJ -> gc_extend2(cp(T), T, [CP, CP0])
    end;
gc_extend([], T0, CP) -> [CP | T0];
gc_extend({error, R}, _, CP) -> [CP | R].

gc_extend2([CP | T], T0, Acc) ->
    case is_extend(CP) of
        false -> [lists:reverse(Acc) | T0];
        _TrueOrZWJ -> gc_extend2(cp(T), T, [CP | Acc])
    end;
gc_extend2([], T0, Acc) -> [lists:reverse(Acc) | T0];
gc_extend2({error, R}, _, Acc) -> [lists:reverse(Acc)] ++ [R].

gc_ext_pict(T, Acc) -> gc_ext_pict(cp(T), T, Acc).

gc_ext_pict([CP | R1], T0, Acc) ->
    case is_extend(CP) of
        zwj -> gc_ext_pict_zwj(cp(R1), R1, [CP | Acc]);
        true -> gc_ext_pict(R1, [CP | Acc]);
        false -> gc_acc(Acc, T0)
    end;
gc_ext_pict([], T0, Acc) -> gc_acc(Acc, T0);
gc_ext_pict({error, R}, T, Acc) -> gc_ext_pict([], T, Acc) ++ [R].

gc_ext_pict_zwj([CP | R1], T0, Acc) ->
    case is_ext_pict(CP) of
        true -> gc_ext_pict(R1, [CP | Acc]);
        false -> gc_acc(Acc, T0)
    end;
gc_ext_pict_zwj([], T0, Acc) -> gc_acc(Acc, T0);
gc_ext_pict_zwj({error, R}, T, Acc) -> gc_ext_pict_zwj([], T, Acc) ++ [R].

gc_acc([A], T0) -> [A | T0];
gc_acc(Acc, T0) -> [lists:reverse(Acc) | T0].

gc_regional(R0, CP0) ->
    case cp(R0) of
        [CP | R1] when 16#1F1E6 =< CP, CP =< 16#1F1FF -> gc_extend2(cp(R1), R1, [CP, CP0]);
        R1 -> gc_extend(R1, R0, CP0)
    end.

gc_h_L(R0, Acc) ->
    case cp(R0) of
        [CP | R1] when 16#1100 =< CP, CP =< 16#115F -> gc_h_L(R1, [CP | Acc]);
        [CP | R1] when 16#A960 =< CP, CP =< 16#A97C -> gc_h_L(R1, [CP | Acc]);
        [CP | R1] when 16#1160 =< CP, CP =< 16#11A7 -> gc_h_V(R1, [CP | Acc]);
        [CP | R1] when 16#D7B0 =< CP, CP =< 16#D7C6 -> gc_h_V(R1, [CP | Acc]);
        R1 -> gc_h_lv_lvt(R1, R0, Acc)
    end.

gc_h_V(R0, Acc) ->
    case cp(R0) of
        [CP | R1] when 16#1160 =< CP, CP =< 16#11A7 -> gc_h_V(R1, [CP | Acc]);
        [CP | R1] when 16#D7B0 =< CP, CP =< 16#D7C6 -> gc_h_V(R1, [CP | Acc]);
        [CP | R1] when 16#11A8 =< CP, CP =< 16#11FF -> gc_h_T(R1, [CP | Acc]);
        [CP | R1] when 16#D7CB =< CP, CP =< 16#D7FB -> gc_h_T(R1, [CP | Acc]);
        R1 -> gc_h_end(R1, R0, Acc)
    end.

gc_h_T(R0, Acc) ->
    case cp(R0) of
        [CP | R1] when 16#11A8 =< CP, CP =< 16#11FF -> gc_h_T(R1, [CP | Acc]);
        [CP | R1] when 16#D7CB =< CP, CP =< 16#D7FB -> gc_h_T(R1, [CP | Acc]);
        R1 -> gc_h_end(R1, R0, Acc)
    end.

gc_h_end(R1, R0, [CP]) -> gc_extend(R1, R0, CP);
gc_h_end(R1, R0, Acc) -> gc_extend2(R1, R0, Acc).

%% A precomposed syllable: LV continues with V or T, LVT with T.
gc_h_lv_lvt([CP | R1], _R0, Acc) when is_integer(CP), ?S_BASE =< CP, CP =< ?S_LAST ->
    case (CP - ?S_BASE) rem ?T_COUNT of
        0 -> gc_h_V(R1, [CP | Acc]);
        _ -> gc_h_T(R1, [CP | Acc])
    end;
gc_h_lv_lvt([CP | R1], _, []) -> gc_extend(cp(R1), R1, CP);
gc_h_lv_lvt(R1, R0, Acc) -> gc_h_end(R1, R0, Acc).

%%% Table look-ups (unicode_norm_data)

%% The tables of properties that are looked up often come with a bitmap of the
%% 256-code-point blocks up to 16#2FFFF: a 0 bit says no code point of the block is in
%% the table.
maybe_in(CP, Bitmap) when CP >= 0 ->
    B = CP bsr 8,
    case Bitmap of
        <<_:B, 0:1, _/bits>> -> false;
        _ -> true
    end;
maybe_in(_, _) -> false.

is_control(CP) when is_integer(CP) -> in_ranges(CP, unicode_norm_data:control());
is_control(_) -> false.

%% true (Extend or SpacingMark), zwj (U+200D) or false.
is_extend(16#200D) -> zwj;
is_extend(CP) when is_integer(CP) -> in_ranges(CP, unicode_norm_data:extend());
is_extend(_) -> false.

is_ext_pict(CP) when is_integer(CP) -> in_ranges(CP, unicode_norm_data:ext_pict());
is_ext_pict(_) -> false.

%% The canonical combining class of a code point (0 for anything else).
ccc(CP) when is_integer(CP), CP >= 16#300 ->
    {Bitmap, Bin} = unicode_norm_data:ccc(),
    case maybe_in(CP, Bitmap) of
        true -> ccc_search(Bin, CP, 0, byte_size(Bin) bsr 2);
        false -> 0
    end;
ccc(_) -> 0.

ccc_search(Bin, CP, Lo, Hi) when Lo < Hi ->
    Mid = (Lo + Hi) bsr 1,
    Skip = Mid bsl 2,
    <<_:Skip/binary, Start:18, Span:6, Class:8, _/binary>> = Bin,
    if
        CP < Start -> ccc_search(Bin, CP, Lo, Mid);
        CP > Start + Span -> ccc_search(Bin, CP, Mid + 1, Hi);
        true -> Class
    end;
ccc_search(_, _, _, _) -> 0.

%% Whether CP lies in one of the ranges of a table: {Bitmap, Ranges} or Ranges, with
%% 4-byte entries <<Start:21, (Last - Start):11>>, sorted.
in_ranges(CP, {Bitmap, Bin}) ->
    maybe_in(CP, Bitmap) andalso in_ranges(Bin, CP, 0, byte_size(Bin) bsr 2);
in_ranges(CP, Bin) -> in_ranges(Bin, CP, 0, byte_size(Bin) bsr 2).

in_ranges(Bin, CP, Lo, Hi) when Lo < Hi ->
    Mid = (Lo + Hi) bsr 1,
    Skip = Mid bsl 2,
    <<_:Skip/binary, Start:21, Span:11, _/binary>> = Bin,
    if
        CP < Start -> in_ranges(Bin, CP, Lo, Mid);
        CP > Start + Span -> in_ranges(Bin, CP, Mid + 1, Hi);
        true -> true
    end;
in_ranges(_, _, _, _) -> false.

%% The full canonical decomposition of a code point, [] if it has none (Hangul
%% syllables excluded).
canonical(CP) ->
    case map_lookup(unicode_norm_data:canonical(), CP) of
        [] -> [];
        Short -> lists:append([canonical_1(C) || C <- Short])
    end.

canonical_1(CP) ->
    case map_lookup(unicode_norm_data:canonical(), CP) of
        [] -> [CP];
        Short -> lists:append([canonical_1(C) || C <- Short])
    end.

%% The full compatibility decomposition, or else the canonical one, as OTP's
%% decompose_compat/1 picks them; [] if the code point has neither.
compatibility(CP) ->
    case map_lookup(unicode_norm_data:compatibility(), CP) of
        [] -> canonical(CP);
        Short -> lists:append([compatibility_1(C) || C <- Short])
    end.

compatibility_1(CP) ->
    case compatibility(CP) of
        [] -> [CP];
        CPs -> CPs
    end.

%% The primary composite of two code points, or false. The composition map has, for
%% each first code point, the second ones with their composites: [B1, X1, B2, X2, ...].
compose_pair(A, B) when is_integer(A), is_integer(B) ->
    case map_find(unicode_norm_data:composition(), A) of
        {Bin, Len} -> pair(Bin, Len bsr 1, B);
        _ -> false
    end;
compose_pair(_, _) -> false.

pair(<<B/utf8, X/utf8, _/binary>>, _, B) -> X;
pair(<<_/utf8, _/utf8, Rest/binary>>, N, B) when N > 1 -> pair(Rest, N - 1, B);
pair(_, _, _) -> false.

%% A map from code points to lists of code points: {Bitmap, Index, Data}. Data holds the
%% records in key order, in blocks; Index has a 5-byte entry <<FirstKey:24, Offset:16>>
%% for each block. A record is <<Head/utf8, ...>> with Head = KeyDelta * 64 + Len
%% (KeyDelta from the previous record of the block, 0 for the first): Len > 0 code
%% points as UTF-8 follow, the value; Len = 0 is a run, <<Count/utf8, First/utf8>>: the
%% Count keys from the record's key on map to [First], [First + 1], ...
map_lookup(Map, CP) ->
    case map_find(Map, CP) of
        {Bin, Len} -> take(Bin, Len);
        Found -> Found
    end.

%% {Bin, Len}: the value is the first Len code points of Bin; [] or [CP]: the value.
map_find({Bitmap, Index, Data}, CP) when is_integer(CP) ->
    case maybe_in(CP, Bitmap) of
        true ->
            case block_search(Index, CP, 0, byte_size(Index) div 5) of
                0 -> [];
                I ->
                    Skip = (I - 1) * 5,
                    case Index of
                        <<_:Skip/binary, Key:24, Off:16, _:24, End:16, _/binary>> -> ok;
                        <<_:Skip/binary, Key:24, Off:16>> -> End = byte_size(Data)
                    end,
                    Len = End - Off,
                    <<_:Off/binary, Block:Len/binary, _/binary>> = Data,
                    scan(Block, Key, CP)
            end;
        false -> []
    end;
map_find(_, _) -> [].

%% The number of blocks whose first key is =< CP.
block_search(Index, CP, Lo, Hi) when Lo < Hi ->
    Mid = (Lo + Hi) bsr 1,
    Skip = Mid * 5,
    <<_:Skip/binary, Key:24, _/binary>> = Index,
    if
        CP < Key -> block_search(Index, CP, Lo, Mid);
        true -> block_search(Index, CP, Mid + 1, Hi)
    end;
block_search(_, _, Lo, _) -> Lo.

scan(<<Head/utf8, Rest/binary>>, Key0, CP) ->
    Key = Key0 + (Head bsr 6),
    case Head band 63 of
        0 ->
            <<Count/utf8, First/utf8, Rest1/binary>> = Rest,
            if
                CP < Key -> [];
                CP < Key + Count -> [First + CP - Key];
                true -> scan(Rest1, Key, CP)
            end;
        Len when CP =:= Key -> {Rest, Len};
        _ when CP < Key -> [];
        Len -> scan(skip(Rest, Len), Key, CP)
    end;
scan(<<>>, _, _) -> [].

take(_, 0) -> [];
take(<<C/utf8, Rest/binary>>, N) -> [C | take(Rest, N - 1)].

skip(Bin, 0) -> Bin;
skip(<<_/utf8, Rest/binary>>, N) -> skip(Rest, N - 1).
