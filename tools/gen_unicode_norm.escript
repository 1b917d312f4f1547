#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%% Generates libs/estdlib/src/unicode_norm_data.erl, the tables of unicode_norm.erl
%% (Unicode normalisation and grapheme clusters), from the running Erlang/OTP's own
%% unicode_util, so that the library agrees with that OTP release (25: Unicode 14.0):
%%
%%     escript tools/gen_unicode_norm.escript [OUT.erl]
%%
%% What it takes from OTP, over every code point 0..16#10FFFF:
%% - unicode_util:lookup/1: the canonical combining class, the full canonical
%%   decomposition and the full compatibility decomposition;
%% - unicode_util:nfc/1: which canonical pairs compose (the composition exclusions);
%% - unicode_util:gc/1 on probe strings: the grapheme-break classes unicode_norm
%%   needs (Extend/SpacingMark, Extended_Pictographic, Control, Prepend). Hangul is
%%   algorithmic and stays in unicode_norm.erl.
%% Then it compiles the new module with unicode_norm.erl and checks them against
%% unicode_util (every code point's decompositions and normal forms, the probes, and,
%% if unicode_util's debug_info is there, its composition pair table); it fails
%% without writing anything if they disagree.
%%
%% Table formats (decoded by unicode_norm.erl):
%% - ranges: 4-byte entries <<Start:21, (Last - Start):11>>, sorted (extend and ext_pict
%%   with a bitmap: {Bitmap, Ranges});
%% - ccc: {Bitmap, Runs}, 4-byte entries <<Start:18, (Last - Start):6, Class:8>>, sorted;
%% - bitmaps: one bit per block of 256 code points below 16#30000, 0 if no code point
%%   of the block is in the table (a quick "no" for the tables looked up most);
%% - maps (code point -> list of code points): {Bitmap, Index, Data}, see map/1 below.
%% Decompositions are stored one level deep: each code point of a stored value is
%% decomposed again when the value is read (the generator picks, from the left, the
%% longest prefix of the full decomposition that is another code point's full
%% decomposition). That saves 1.4 KB of the 32 and, measured on the VM, is no slower
%% than storing full decompositions (whose longer records take longer to skip).
-mode(compile).

-define(MAX_CP, 16#10FFFF).
-define(BLOCK, 16).

main(Args) ->
    Root = filename:dirname(filename:dirname(filename:absname(escript:script_name()))),
    Out = case Args of
              [O] -> O;
              [] -> filename:join(Root, "libs/estdlib/src/unicode_norm_data.erl")
          end,
    io:format("OTP ~s, unicode_util of Unicode ~p~n",
              [erlang:system_info(otp_release), unicode_util:spec_version()]),
    All = lists:seq(0, ?MAX_CP),
    Info = [{CP, unicode_util:lookup(CP)} || CP <- All],
    CCC = [{CP, C} || {CP, #{ccc := C}} <- Info, C =/= 0],
    Canon = maps:from_list([{CP, [X || {_, X} <- L]} || {CP, #{canon := L}} <- Info, L =/= []]),
    Compat = maps:from_list([{CP, [X || {_, X} <- L]}
                             || {CP, #{compat := {_, L}}} <- Info, L =/= []]),
    %% Tags of decompositions are the classes of their code points: not stored.
    CCCMap = maps:from_list(CCC),
    [] = [CP || {CP, #{canon := Ca, compat := Co}} <- Info,
                {T, X} <- Ca ++ case Co of [] -> []; {_, L} -> L end,
                T =/= maps:get(X, CCCMap, 0)],
    [] = [CP || {CP, _} <- CCC, CP < 16#300],

    CanonShort = shorten(Canon, fun(CP) -> maps:get(CP, Canon, [CP]) end, maps:keys(Canon)),
    KFull = fun(CP) ->
                    case Compat of
                        #{CP := L} -> L;
                        _ -> maps:get(CP, Canon, [CP])
                    end
            end,
    CompatShort = shorten(Compat, KFull, maps:keys(Canon) ++ maps:keys(Compat)),

    %% Composition: a canonical pair composes if unicode_util:nfc/1 composes it.
    Pairs = lists:sort([{A, B, X} || {X, [A, B]} <- maps:to_list(CanonShort),
                                     unicode_util:nfc([A, B]) =:= [X]]),
    check_pairs(Pairs),
    Composition = lists:foldl(fun({A, B, X}, M) ->
                                      maps:update_with(A, fun(L) -> L ++ [B, X] end, [B, X], M)
                              end, #{}, Pairs),

    Extend = [CP || CP <- All, CP =/= 16#200D,
                    unicode_util:gc([16#4E00, CP]) =:= [[16#4E00, CP]]],
    %% U+200D is the only extending character after which a pictograph continues the
    %% cluster (unicode_norm:is_extend/1 answers zwj for it).
    [[16#4E00, 16#200D]] = unicode_util:gc([16#4E00, 16#200D]),
    [[169, 16#200D, 169]] = unicode_util:gc([169, 16#200D, 169]),
    [] = [CP || CP <- Extend, unicode_util:gc([169, CP, 169]) =/= [[169, CP], 169]],
    ExtPict = [CP || CP <- All, unicode_util:gc([169, 16#200D, CP]) =:= [[169, 16#200D, CP]]],
    Control = [CP || CP <- All, unicode_util:gc([CP, 16#301]) =:= [CP, 16#301]],
    Prepend = [CP || CP <- All, unicode_util:gc([CP, $a]) =:= [[CP, $a]]],

    Tables = [{ccc, {bitmap([CP || {CP, _} <- CCC]), ccc_table(CCC)}},
              {canonical, map(CanonShort)},
              {compatibility, map(CompatShort)},
              {composition, map(Composition)},
              {extend, {bitmap(Extend), ranges(Extend)}},
              {ext_pict, {bitmap(ExtPict), ranges(ExtPict)}},
              {control, ranges(Control)},
              {prepend, ranges(Prepend)}],
    Src = module_source(Tables),
    Tmp = filename:join(tmp_dir(), "unicode_norm_gen"),
    ok = filelib:ensure_dir(filename:join(Tmp, "x")),
    TmpSrc = filename:join(Tmp, "unicode_norm_data.erl"),
    ok = file:write_file(TmpSrc, Src),
    load(TmpSrc, Tmp),
    load(filename:join(Root, "libs/estdlib/src/unicode_norm.erl"), Tmp),
    verify(All, Info, Canon, Compat),
    ok = file:write_file(Out, Src),
    Beam = filename:join(Tmp, "unicode_norm_data.beam"),
    io:format("wrote ~s (~b bytes of tables, ~s: ~b bytes)~n",
              [Out, lists:sum([table_size(T) || {_, T} <- Tables]), filename:basename(Beam),
               filelib:file_size(Beam)]),
    [io:format("  ~p: ~b bytes~n", [Name, table_size(T)]) || {Name, T} <- Tables],
    ok.

tmp_dir() ->
    case os:getenv("TMPDIR") of
        false -> "/tmp";
        D -> D
    end.

table_size(T) when is_tuple(T) -> lists:sum([byte_size(B) || B <- tuple_to_list(T)]);
table_size(B) -> byte_size(B).

%%% Decompositions, one level deep

%% CP -> short value: from the left, the longest prefix (of at least two code points) of
%% the rest of the full decomposition that is the full decomposition of another code
%% point of Candidates (the lowest one) is replaced by that code point. Expanding each
%% code point of the short value with Full gives the full decomposition back (checked).
shorten(Map, Full, Candidates) ->
    Keys = lists:sort(maps:keys(Map)),
    ByFull = lists:foldl(fun(CP, Acc) ->
                                 F = Full(CP),
                                 case Acc of
                                     #{F := _} -> Acc;
                                     _ -> Acc#{F => CP}
                                 end
                         end, #{}, lists:usort(Candidates)),
    maps:from_list([begin
                        L = maps:get(CP, Map),
                        S = short(L, CP, ByFull),
                        L = lists:append([Full(C) || C <- S]),
                        {CP, S}
                    end || CP <- Keys]).

short([], _, _) -> [];
short(L, Self, ByFull) ->
    case longest(L, length(L), Self, ByFull) of
        {CP, Rest} -> [CP | short(Rest, Self, ByFull)];
        none -> [hd(L) | short(tl(L), Self, ByFull)]
    end.

longest(_, N, _, _) when N < 2 -> none;
longest(L, N, Self, ByFull) ->
    {P, Rest} = lists:split(N, L),
    case ByFull of
        #{P := CP} when CP =/= Self -> {CP, Rest};
        _ -> longest(L, N - 1, Self, ByFull)
    end.

%%% Encodings

%% One bit for each block of 256 code points below 16#30000: whether one of CPs is in it.
bitmap(CPs) ->
    Blocks = sets:from_list([CP bsr 8 || CP <- CPs], [{version, 2}]),
    << <<(case sets:is_element(B, Blocks) of true -> 1; false -> 0 end):1>>
       || B <- lists:seq(0, 16#2FF) >>.

ranges(CPs) ->
    << <<S:21, (E - S):11>> || {S, E} <- spans(CPs, 2047) >>.

ccc_table(CCC) ->
    Runs = lists:foldl(fun({CP, C}, [{S, E, C} | T]) when CP =:= E + 1, CP - S < 64 ->
                               [{S, CP, C} | T];
                          ({CP, C}, Acc) ->
                               [{CP, CP, C} | Acc]
                       end, [], CCC),
    << <<S:18, (E - S):6, C:8>> || {S, E, C} <- lists:reverse(Runs), S < (1 bsl 18) >>.

%% Sorted code points -> [{First, Last}], no span longer than Max + 1.
spans(CPs, Max) ->
    lists:reverse(lists:foldl(fun(CP, [{S, E} | T]) when CP =:= E + 1, CP - S =< Max ->
                                      [{S, CP} | T];
                                 (CP, Acc) ->
                                      [{CP, CP} | Acc]
                              end, [], CPs)).

%% A map CP -> [CP] as {Bitmap, Index, Data}. Data holds the records in key order, cut into
%% blocks of at most ?BLOCK records; Index has an entry <<FirstKey:24, Offset:16>> for each
%% block. A record is <<Head/utf8, ...>>, Head = KeyDelta * 64 + Len, KeyDelta counted
%% from the previous record of the block (0 for the first): Len (1..63) code points
%% follow (UTF-8), the value, or, for Len = 0, <<Count/utf8, First/utf8>>: a run, the
%% Count keys from the record's key on map to [First], [First + 1], ...
map(Map) ->
    Records = runs(lists:sort(maps:to_list(Map))),
    {Index, Data} = blocks(Records, undefined, 0, [], []),
    true = byte_size(Data) < 65536,
    Keys = lists:append([case V of
                             {run, N, _} -> lists:seq(K, K + N - 1);
                             _ -> [K]
                         end || {K, V} <- Records]),
    {bitmap(Keys), Index, Data}.

runs([{K, [V]} | T]) ->
    {N, Rest} = run(T, K + 1, V + 1, 1),
    case N >= 3 of
        true -> [{K, {run, N, V}} | runs(Rest)];
        false -> [{K, [V]} | runs(T)]
    end;
runs([{K, L} | T]) -> [{K, L} | runs(T)];
runs([]) -> [].

run([{K, [V]} | T], K, V, N) -> run(T, K + 1, V + 1, N + 1);
run(T, _, _, N) -> {N, T}.

blocks([{K, V} | T], Prev, InBlock, Index, Data) ->
    Delta = case Prev of undefined -> 0; _ -> K - Prev end,
    Len = case V of {run, _, _} -> 0; _ -> length(V) end,
    true = Len < 64,
    case Prev =:= undefined orelse InBlock >= ?BLOCK orelse Delta * 64 + Len >= 16#D800 of
        true ->
            Off = iolist_size(Data),
            blocks([{K, V} | T], K, 0, [<<K:24, Off:16>> | Index], Data);
        false ->
            Rec = case V of
                      {run, N, First} -> <<(Delta * 64)/utf8, N/utf8, First/utf8>>;
                      _ -> [<<(Delta * 64 + Len)/utf8>> | [<<C/utf8>> || C <- V]]
                  end,
            blocks(T, K, InBlock + 1, Index, [Data | Rec])
    end;
blocks([], _, _, Index, Data) ->
    {iolist_to_binary(lists:reverse(Index)), iolist_to_binary(Data)}.

%%% The module

module_source(Tables) ->
    Names = [N || {N, _} <- Tables],
    ["%% GENERATED by tools/gen_unicode_norm.escript from Erlang/OTP ",
     erlang:system_info(otp_release), "'s unicode_util (Unicode ",
     io_lib:format("~b.~b", tuple_to_list(unicode_util:spec_version())),
     "): do not edit.\n"
     "%% Regenerate with: escript tools/gen_unicode_norm.escript\n"
     "%% The tables of unicode_norm.erl (formats: see the script and unicode_norm.erl).\n"
     "-module(unicode_norm_data).\n\n"
     "-export([", lists:join(", ", [[atom_to_list(N), "/0"] || N <- Names]), "]).\n",
     [["\n", atom_to_list(N), "() ->\n    ", term(T), ".\n"] || {N, T} <- Tables]].

term(T) when is_tuple(T) -> ["{", lists:join(",\n     ", [bin(B) || B <- tuple_to_list(T)]), "}"];
term(B) -> bin(B).

bin(<<>>) -> "<<>>";
bin(B) -> ["<<", lists:join("\n      ", [["\"", esc(L), "\""] || L <- chunks(B, 48)]), ">>"].

chunks(B, N) when byte_size(B) > N ->
    <<H:N/binary, T/binary>> = B,
    [H | chunks(T, N)];
chunks(B, _) -> [B].

esc(B) -> [esc_c(C) || <<C>> <= B].

esc_c($") -> "\\\"";
esc_c($\\) -> "\\\\";
esc_c(C) when C >= 32, C < 127 -> C;
esc_c(C) -> io_lib:format("\\~3.8.0b", [C]).

%%% Checks

load(Src, Dir) ->
    {ok, Mod, Bin} = compile:file(Src, [binary, report, deterministic]),
    ok = file:write_file(filename:join(Dir, atom_to_list(Mod) ++ ".beam"), Bin),
    code:purge(Mod),
    {module, Mod} = code:load_binary(Mod, Src, Bin).

verify(All, Info, Canon, Compat) ->
    Bad = [CP || {CP, #{ccc := C}} <- Info,
                 not (unicode_norm:ccc(CP) =:= C andalso
                      unicode_norm:canonical(CP) =:= maps:get(CP, Canon, []) andalso
                      unicode_norm:compatibility(CP) =:=
                          maps:get(CP, Compat, maps:get(CP, Canon, [])))],
    check("decompositions", Bad),
    Probes = [fun(CP) -> [16#4E00, CP] end, fun(CP) -> [169, 16#200D, CP] end,
              fun(CP) -> [CP, 16#301] end, fun(CP) -> [CP, $a] end,
              fun(CP) -> [CP, 16#300, 16#1F1E6, $a] end],
    check("grapheme clusters",
          [{CP, P(CP)} || CP <- All, P <- Probes,
                          unicode_norm:gc(P(CP)) =/= unicode_util:gc(P(CP))]),
    Forms = [nfd, nfc, nfkd, nfkc],
    check("normal forms",
          [{F, CP} || CP <- All, F <- Forms, unicode_norm:F([CP]) =/= unicode_util:F([CP])]),
    ok.

check(_, []) -> ok;
check(What, Bad) ->
    io:format(standard_error, "~s differ from unicode_util: ~b, e.g. ~w~n",
              [What, length(Bad), lists:sublist(Bad, 10)]),
    halt(1).

%% If unicode_util has debug_info, compares Pairs with its compose_pair/2 clauses.
%% Pairs whose first code point never comes out of a decomposition are dead there and
%% may be missing here.
check_pairs(Pairs) ->
    case beam_lib:chunks(code:which(unicode_util), [debug_info]) of
        {ok, {_, [{debug_info, {debug_info_v1, _, {Forms, _}}}]}} ->
            OTP = lists:sort([{A, B, X}
                              || {function, _, compose_pair, 2, Cs} <- Forms,
                                 {clause, _, [{integer, _, A}, {integer, _, B}], [],
                                  [{integer, _, X}]} <- Cs]),
            Missing = OTP -- Pairs,
            Extra = Pairs -- OTP,
            io:format("composition pairs: ~b (unicode_util: ~b; not here: ~w)~n",
                      [length(Pairs), length(OTP), Missing]),
            [] = Extra,
            [] = [P || {A, B, X} = P <- Missing,
                       unicode_util:nfc([A, B]) =:= [X] orelse
                           unicode:characters_to_nfd_list([A]) =:= [A]];
        _ ->
            io:format("composition pairs: ~b (unicode_util has no debug_info: "
                      "not compared)~n", [length(Pairs)])
    end.
