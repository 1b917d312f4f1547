%% The string module of OTP 25: the Unicode-aware API of OTP 20 and the old list API.
%%
%% Strings are chardata: lists of code points, UTF-8 binaries, or deep mixes of both.
%% Functions return the input's kind for a flat list or a binary, as OTP's do; a deep or
%% mixed input is first flattened to a list of code points, so the result holds the same
%% characters as OTP's but may be nested differently.
%%
%% Grapheme clusters and the normalisation forms of equal/4 are OTP's (unicode_norm,
%% with tables generated from OTP 25's unicode_util). An approximation, since the VM has
%% no case tables: case mapping covers ASCII, Latin-1, Latin Extended-A and Additional,
%% Greek, Cyrillic, Armenian and the full-width Latin letters (with the special cases
%% of ß, ŉ, ſ, ı, İ, ÿ and µ); other characters are left unchanged.
%% The old API (len/1, substr/2, tokens/2, ...) takes flat lists; for arguments of other
%% types its error reasons may differ from OTP's.
-module(string).

-export([casefold/1, centre/2, centre/3, chars/2, chars/3, chomp/1, chr/2, concat/2,
         copies/2, cspan/2, equal/2, equal/3, equal/4, find/2, find/3, is_empty/1, join/2,
         left/2, left/3, len/1, length/1, lexemes/2, list_to_float/1, list_to_integer/1,
         lowercase/1, next_codepoint/1, next_grapheme/1, nth_lexeme/3, pad/2, pad/3, pad/4,
         prefix/2, rchr/2, replace/3, replace/4, reverse/1, right/2, right/3, rstr/2,
         slice/2, slice/3, span/2, split/2, split/3, str/2, strip/1, strip/2, strip/3,
         sub_string/2, sub_string/3, sub_word/2, sub_word/3, substr/2, substr/3, take/2,
         take/3, take/4, titlecase/1, to_float/1, to_graphemes/1, to_integer/1, to_lower/1,
         to_upper/1, tokens/2, trim/1, trim/2, trim/3, uppercase/1, words/1, words/2]).

-compile({no_auto_import, [length/1]}).

%%% Chardata helpers

%% {Kind, Code points}: Kind is bin for a binary and list otherwise.
cps(S) when is_binary(S) ->
    case unicode:characters_to_list(S) of
        L when is_list(L) -> {bin, L};
        _ -> erlang:error({badarg, S})
    end;
cps(S) when is_list(S) ->
    case flat(S) of
        true -> {list, S};
        false ->
            case unicode:characters_to_list(S) of
                L when is_list(L) -> {list, L};
                _ -> erlang:error({badarg, S})
            end
    end;
cps(S) -> erlang:error({badarg, S}).

flat([C | T]) when is_integer(C) -> flat(T);
flat([]) -> true;
flat(_) -> false.

back(bin, L) -> unicode:characters_to_binary(L);
back(list, L) -> L.

%% A pattern or separator given as chardata, as code points.
pat(P) -> element(2, cps(P)).

%%% Grapheme clusters

%% The first grapheme cluster of a non-empty code point list and the rest: a code
%% point, or a list of them (OTP's rules, unicode_norm:gc/1).
gc(L) ->
    [G | T] = unicode_norm:gc(L),
    {G, T}.

gcs([]) -> [];
gcs(L) ->
    {G, T} = gc(L),
    [G | gcs(T)].

%% Code points of a list of clusters.
flatten_gcs([G | T]) when is_integer(G) -> [G | flatten_gcs(T)];
flatten_gcs([G | T]) -> G ++ flatten_gcs(T);
flatten_gcs([]) -> [].

%% Clusters of a separator/character set argument: each element is a cluster (a code
%% point or a list of them).
gc_set(L) when is_list(L) -> [case E of
                                   [C] when is_integer(C) -> C;
                                   _ when is_list(E) -> unicode:characters_to_list(E);
                                   _ -> E
                               end || E <- L].

%%% Unicode API

is_empty(S) -> element(2, cps(S)) =:= [].

length(S) -> erlang:length(gcs(element(2, cps(S)))).

to_graphemes(S) -> gcs(element(2, cps(S))).

next_grapheme(S) ->
    case next_cp_checked(S) of
        {error, _} = E -> E;
        _ ->
            {K, L} = cps(S),
            case L of
                [] -> [];
                _ ->
                    {G, T} = gc(L),
                    [G | back(K, T)]
            end
    end.

next_codepoint(S) ->
    case next_cp_checked(S) of
        {error, _} = E -> E;
        _ ->
            {K, L} = cps(S),
            case L of
                [] -> [];
                [C | T] -> [C | back(K, T)]
            end
    end.

%% Invalid UTF-8 at the start of a binary: {error, Bin}, as OTP.
next_cp_checked(<<_/utf8, _/binary>>) -> ok;
next_cp_checked(<<>>) -> ok;
next_cp_checked(Bin) when is_binary(Bin) -> {error, Bin};
next_cp_checked(_) -> ok.

reverse(S) -> lists:reverse(gcs(element(2, cps(S)))).

slice(S, Start) -> slice(S, Start, infinity).

slice(S, Start, Len) when is_integer(Start), Start >= 0,
                          (Len =:= infinity orelse (is_integer(Len) andalso Len >= 0)) ->
    {K, L} = cps(S),
    Gs = drop_n(gcs(L), Start),
    Taken = case Len of
                infinity -> Gs;
                _ -> lists:sublist(Gs, Len)
            end,
    back(K, flatten_gcs(Taken)).

drop_n(L, 0) -> L;
drop_n([_ | T], N) -> drop_n(T, N - 1);
drop_n([], _) -> [].

equal(A, B) -> element(2, cps(A)) =:= element(2, cps(B)).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) ->
    case_map(fun fold_cp/1, element(2, cps(A))) =:= case_map(fun fold_cp/1, element(2, cps(B))).

%% With a normal form, as OTP: code point by code point, normalising (unicode_norm) and
%% then case folding one grapheme cluster at a time.
equal(A, B, Case, none) -> equal(A, B, Case);
equal(A, B, false, Norm) -> equal_norm(A, B, Norm);
equal(A, B, true, Norm) -> equal_norm_nocase(A, B, Norm).

equal_norm(A, A, _Norm) -> true;
equal_norm(A0, B0, Norm) ->
    case {unicode_norm:cp(unicode_norm:Norm(A0)), unicode_norm:cp(unicode_norm:Norm(B0))} of
        {[CP | A], [CP | B]} -> equal_norm(A, B, Norm);
        {[], []} -> true;
        {L1, L2} when is_list(L1), is_list(L2) -> false
    end.

equal_norm_nocase(A, A, _Norm) -> true;
equal_norm_nocase(A0, B0, Norm) ->
    case {unicode_norm:cp(fold_first(unicode_norm:Norm(A0))),
          unicode_norm:cp(fold_first(unicode_norm:Norm(B0)))} of
        {[CP | A], [CP | B]} -> equal_norm_nocase(A, B, Norm);
        {[], []} -> true;
        {L1, L2} when is_list(L1), is_list(L2) -> false
    end.

%% The string with its first code point case folded (OTP's unicode_util:casefold/1).
fold_first(Str0) ->
    case unicode_norm:cp(Str0) of
        [CP | Str] -> [fold_cp(CP) | Str];
        [] -> [];
        {error, Err} -> erlang:error({badarg, Err})
    end.

uppercase(S) -> map_case(fun upper_cp/1, S).

lowercase(S) -> map_case(fun lower_cp/1, S).

casefold(S) -> map_case(fun fold_cp/1, S).

titlecase(S) ->
    {K, L} = cps(S),
    case L of
        [C | T] -> back(K, title_cp(C) ++ T);
        [] -> back(K, [])
    end.

map_case(F, S) ->
    {K, L} = cps(S),
    back(K, case_map(F, L)).

case_map(F, L) -> lists:append([F(C) || C <- L]).

%% The default characters trim/1 removes (OTP's unicode_util:whitespace()).
whitespace() -> [[$\r, $\n], $\t, $\n, $\v, $\f, $\r, $\s, 16#85, 16#200E, 16#200F, 16#2028, 16#2029].

trim(S) -> trim(S, both, whitespace()).

trim(S, Dir) -> trim(S, Dir, whitespace()).

trim(S, Dir, Chars) when Dir =:= leading; Dir =:= trailing; Dir =:= both ->
    {K, L} = cps(S),
    Set = gc_set(Chars),
    Gs = gcs(L),
    Gs1 = case Dir of
              leading -> drop_set(Gs, Set);
              trailing -> lists:reverse(drop_set(lists:reverse(Gs), Set));
              both -> lists:reverse(drop_set(lists:reverse(drop_set(Gs, Set)), Set))
          end,
    back(K, flatten_gcs(Gs1)).

drop_set([G | T] = Gs, Set) ->
    case lists:member(G, Set) of
        true -> drop_set(T, Set);
        false -> Gs
    end;
drop_set([], _) -> [].

%% Every trailing LF and CR LF goes.
chomp(S) ->
    {K, L} = cps(S),
    back(K, lists:reverse(chomp_1(lists:reverse(L)))).

chomp_1([$\n, $\r | T]) -> chomp_1(T);
chomp_1([$\n | T]) -> chomp_1(T);
chomp_1(R) -> R.

pad(S, Len) -> pad(S, Len, trailing, $\s).

pad(S, Len, Dir) -> pad(S, Len, Dir, $\s).

pad(S, Len, Dir, Char) when is_integer(Len) ->
    case Len - length(S) of
        N when N =< 0 ->
            case Dir of
                trailing -> [S];
                leading -> [[], S];
                both -> [[], S, []]
            end;
        N ->
            case Dir of
                trailing -> [S | lists:duplicate(N, Char)];
                leading -> [lists:duplicate(N, Char), S];
                both ->
                    L = N div 2,
                    [lists:duplicate(L, Char), S, lists:duplicate(L, Char) |
                     lists:duplicate(N - 2 * L, Char)]
            end
    end.

prefix(S, Prefix) ->
    {K, L} = cps(S),
    Gs = gcs(L),
    GPre = gcs(pat(Prefix)),
    case lists:prefix(GPre, Gs) of
        true -> back(K, flatten_gcs(lists:nthtail(erlang:length(GPre), Gs)));
        false -> nomatch
    end.

find(S, P) -> find(S, P, leading).

%% Searches work on grapheme clusters: "e" is not found in "e" + a combining accent.
find(S, P, Dir) when Dir =:= leading; Dir =:= trailing ->
    {K, L} = cps(S),
    case pat(P) of
        [] -> S;
        Pat ->
            Gs = gcs(L),
            case positions(Gs, gcs(Pat), 0) of
                [] -> nomatch;
                Ps ->
                    Pos = case Dir of
                              leading -> hd(Ps);
                              trailing -> lists:last(Ps)
                          end,
                    back(K, flatten_gcs(lists:nthtail(Pos, Gs)))
            end
    end.

%% The (non-overlapping, from the left) positions of Pat in L.
positions(L, Pat, I) ->
    case L of
        [] -> [];
        [_ | T] ->
            case lists:prefix(Pat, L) of
                true ->
                    N = erlang:length(Pat),
                    [I | positions(lists:nthtail(N, L), Pat, I + N)];
                false -> positions(T, Pat, I + 1)
            end
    end.

split(S, P) -> split(S, P, leading).

split(S, P, Where) when Where =:= leading; Where =:= trailing; Where =:= all ->
    {K, L} = cps(S),
    case pat(P) of
        [] -> [S];
        Pat ->
            Gs = gcs(L),
            GPat = gcs(Pat),
            Ps = positions(Gs, GPat, 0),
            Cuts = case {Where, Ps} of
                       {_, []} -> [];
                       {leading, [First | _]} -> [First];
                       {trailing, _} -> [lists:last(Ps)];
                       {all, _} -> Ps
                   end,
            case Cuts of
                [] -> [S];
                _ -> [back(K, flatten_gcs(Piece)) || Piece <- cut(Gs, Cuts, erlang:length(GPat), 0)]
            end
    end.

%% L cut at positions Cuts (ascending) removing N elements at each.
cut(L, [C | Cs], N, I) ->
    {Piece, Rest} = lists:split(C - I, L),
    [Piece | cut(lists:nthtail(N, Rest), Cs, N, C + N)];
cut(L, [], _, _) -> [L].

replace(S, P, R) -> replace(S, P, R, leading).

replace(S, P, R, Where) -> lists:join(R, split(S, P, Where)).

lexemes(S, Seps) ->
    {K, L} = cps(S),
    Set = gc_set(Seps),
    [back(K, flatten_gcs(Lex)) || Lex <- lexemes_1(gcs(L), Set, [], []), Lex =/= []].

lexemes_1([G | T], Set, Cur, Acc) ->
    case lists:member(G, Set) of
        true -> lexemes_1(T, Set, [], [lists:reverse(Cur) | Acc]);
        false -> lexemes_1(T, Set, [G | Cur], Acc)
    end;
lexemes_1([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).

nth_lexeme(S, N, Seps) when is_integer(N), N > 0 ->
    case drop_n(lexemes(S, Seps), N - 1) of
        [Lex | _] -> Lex;
        [] -> back(element(1, cps(S)), [])
    end.

take(S, Chars) -> take(S, Chars, false, leading).

take(S, Chars, Complement) -> take(S, Chars, Complement, leading).

take(S, Chars, Complement, Dir) when is_boolean(Complement) ->
    {K, L} = cps(S),
    Set = gc_set(Chars),
    In = fun(G) -> lists:member(G, Set) =/= Complement end,
    Gs = gcs(L),
    case Dir of
        leading ->
            {A, B} = lists:splitwith(In, Gs),
            {back(K, flatten_gcs(A)), back(K, flatten_gcs(B))};
        trailing ->
            {A, B} = lists:splitwith(In, lists:reverse(Gs)),
            {back(K, flatten_gcs(lists:reverse(B))), back(K, flatten_gcs(lists:reverse(A)))}
    end.

%%% Numbers

to_integer(S) ->
    {K, L} = try cps(S) catch error:_ -> {list, bad} end,
    case L of
        bad -> {error, badarg};
        _ ->
            case int_prefix(L) of
                {[], _} -> {error, no_integer};
                {Digits, Rest} -> {erlang:list_to_integer(Digits), back(K, Rest)}
            end
    end.

%% An optionally signed run of decimal digits.
int_prefix([Sign | T]) when Sign =:= $+; Sign =:= $- ->
    case digits(T) of
        {[], _} -> {[], [Sign | T]};
        {Ds, Rest} -> {[Sign | Ds], Rest}
    end;
int_prefix(L) -> digits(L).

%% A run of digits that are whole grapheme clusters (a digit with a combining mark is
%% not a digit).
digits([C | _] = L) when C >= $0, C =< $9 ->
    case gc(L) of
        {C, Rest} ->
            {Ds, Rest1} = digits(Rest),
            {[C | Ds], Rest1};
        _ -> {[], L}
    end;
digits(L) -> {[], L}.

to_float(S) ->
    {K, L} = try cps(S) catch error:_ -> {list, bad} end,
    case L of
        bad -> {error, badarg};
        _ ->
            case float_prefix(L) of
                no -> {error, no_float};
                {Text, Rest} -> {erlang:list_to_float(Text), back(K, Rest)}
            end
    end.

%% [Sign] Digits (. or ,) Digits [(e or E) [Sign] Digits], as text list_to_float/1 reads.
float_prefix(L) ->
    case int_prefix(L) of
        {[], _} -> no;
        {IntPart, [Dot | T]} when Dot =:= $.; Dot =:= $, ->
            case digits(T) of
                {[], _} -> no;
                {Frac, Rest} ->
                    Base = IntPart ++ "." ++ Frac,
                    case Rest of
                        [E | T2] when E =:= $e; E =:= $E ->
                            case int_prefix(T2) of
                                {[], _} -> {Base, Rest};
                                {Exp, Rest2} -> {Base ++ "e" ++ Exp, Rest2}
                            end;
                        _ -> {Base, Rest}
                    end
            end;
        _ -> no
    end.

list_to_integer(S) when is_list(S) ->
    case to_integer(S) of
        {error, badarg} -> {error, no_integer};
        R -> R
    end;
list_to_integer(_) -> {error, not_a_list}.

list_to_float(S) when is_list(S) ->
    case to_float(S) of
        {error, badarg} -> {error, no_float};
        R -> R
    end;
list_to_float(_) -> {error, not_a_list}.

%%% The old (list) API

len(S) -> erlang:length(S).

concat(S1, S2) -> S1 ++ S2.

chr(S, C) when is_integer(C) -> chr(S, C, 1).

chr([C | _], C, I) -> I;
chr([_ | T], C, I) -> chr(T, C, I + 1);
chr([], _, _) -> 0.

rchr(S, C) when is_integer(C) -> rchr(S, C, 1, 0).

rchr([C | T], C, I, _) -> rchr(T, C, I + 1, I);
rchr([_ | T], C, I, L) -> rchr(T, C, I + 1, L);
rchr([], _, _, L) -> L.

str(S, Sub) when is_list(S), is_list(Sub) -> str(S, Sub, 1).

str(_, [], _) -> 0;
str([_ | T] = S, Sub, I) ->
    case lists:prefix(Sub, S) of
        true -> I;
        false -> str(T, Sub, I + 1)
    end;
str([], _, _) -> 0.

rstr(S, Sub) when is_list(S), is_list(Sub) -> rstr(S, Sub, 1, 0).

rstr(_, [], _, L) -> L;
rstr([_ | T] = S, Sub, I, L) ->
    case lists:prefix(Sub, S) of
        true -> rstr(T, Sub, I + 1, I);
        false -> rstr(T, Sub, I + 1, L)
    end;
rstr([], _, _, L) -> L.

span(S, Chars) when is_list(Chars) -> span(S, Chars, 0).

span([C | T], Chars, N) ->
    case lists:member(C, Chars) of
        true -> span(T, Chars, N + 1);
        false -> N
    end;
span([], _, N) -> N.

cspan(S, Chars) when is_list(Chars) -> cspan(S, Chars, 0).

cspan([C | T], Chars, N) ->
    case lists:member(C, Chars) of
        true -> N;
        false -> cspan(T, Chars, N + 1)
    end;
cspan([], _, N) -> N.

substr(S, Start) when is_list(S), is_integer(Start), Start >= 1 -> substr2(S, Start).

substr(S, Start, Len) when is_list(S), is_integer(Start), Start >= 1, is_integer(Len), Len >= 0 ->
    lists:sublist(substr2(S, Start), Len).

substr2(S, 1) -> S;
substr2([_ | T], N) -> substr2(T, N - 1).

sub_string(S, Start) -> substr(S, Start).

sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

tokens(S, Seps) -> tokens_1(S, Seps, [], []).

tokens_1([C | T], Seps, Cur, Acc) ->
    case lists:member(C, Seps) of
        true -> tokens_1(T, Seps, [], add_token(Cur, Acc));
        false -> tokens_1(T, Seps, [C | Cur], Acc)
    end;
tokens_1([], _, Cur, Acc) -> lists:reverse(add_token(Cur, Acc)).

add_token([], Acc) -> Acc;
add_token(Cur, Acc) -> [lists:reverse(Cur) | Acc].

join([H | T], Sep) when is_list(Sep) -> H ++ lists:append([Sep ++ X || X <- T]);
join([], Sep) when is_list(Sep) -> [].

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when is_integer(N), N >= 0 -> lists:duplicate(N, C) ++ Tail.

copies(S, N) when is_integer(N), N >= 0 -> lists:append(lists:duplicate(N, S)).

words(S) -> words(S, $\s).

words(S, Char) when is_integer(Char) ->
    erlang:length(tokens(S, [Char])) + case tokens(S, [Char]) of [] -> 1; _ -> 0 end.

sub_word(S, N) -> sub_word(S, N, $\s).

sub_word(S, N, Char) when is_integer(N), N >= 1, is_integer(Char) ->
    case drop_n(tokens(S, [Char]), N - 1) of
        [W | _] -> W;
        [] -> []
    end.

strip(S) -> strip(S, both, $\s).

strip(S, Dir) -> strip(S, Dir, $\s).

strip(S, left, Char) -> strip_left(S, Char);
strip(S, right, Char) -> lists:reverse(strip_left(lists:reverse(S), Char));
strip(S, both, Char) -> strip(strip_left(S, Char), right, Char).

strip_left([Char | T], Char) -> strip_left(T, Char);
strip_left(S, _) -> S.

left(S, N) -> left(S, N, $\s).

left(S, N, Char) when is_integer(N), N >= 0 ->
    L = erlang:length(S),
    if
        L >= N -> lists:sublist(S, N);
        true -> S ++ lists:duplicate(N - L, Char)
    end.

right(S, N) -> right(S, N, $\s).

right(S, N, Char) when is_integer(N), N >= 0 ->
    L = erlang:length(S),
    if
        L >= N -> lists:nthtail(L - N, S);
        true -> lists:duplicate(N - L, Char) ++ S
    end.

centre(S, N) -> centre(S, N, $\s).

centre(_, 0, _) -> [];
centre(S, N, Char) when is_integer(N), N > 0 ->
    L = erlang:length(S),
    if
        L > N -> lists:sublist(lists:nthtail((L - N) div 2, S), N);
        true ->
            Left = (N - L) div 2,
            lists:duplicate(Left, Char) ++ S ++ lists:duplicate(N - L - Left, Char)
    end.

%% Latin-1 only, as OTP's old API.
to_lower(C) when is_integer(C) -> lower_latin1(C);
to_lower(S) when is_list(S) -> [lower_latin1(C) || C <- S].

to_upper(C) when is_integer(C) -> upper_latin1(C);
to_upper(S) when is_list(S) -> [upper_latin1(C) || C <- S].

lower_latin1(C) when C >= $A, C =< $Z -> C + 32;
lower_latin1(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
lower_latin1(C) -> C.

upper_latin1(C) when C >= $a, C =< $z -> C - 32;
upper_latin1(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
upper_latin1(C) -> C.

%%% Case mapping of one code point: a list of code points.

upper_cp(16#DF) -> [$S, $S];
upper_cp(16#149) -> [16#2BC, $N];
upper_cp(C) -> [case_pair(C, upper)].

lower_cp(16#130) -> [$i, 16#307];
lower_cp(C) -> [case_pair(C, lower)].

title_cp(16#DF) -> [$S, $s];
title_cp(16#149) -> [16#2BC, $N];
title_cp(C) -> [case_pair(C, upper)].

fold_cp(16#DF) -> [$s, $s];
fold_cp(16#149) -> [16#2BC, $n];
fold_cp(16#130) -> [$i, 16#307];
fold_cp(16#B5) -> [16#3BC];
fold_cp(16#17F) -> [$s];
fold_cp(16#3C2) -> [16#3C3];
fold_cp(C) -> [case_pair(C, lower)].

%% The other case of C (Dir: the one wanted), or C.
case_pair(C, Dir) ->
    case other_case(C) of
        {upper, U} when Dir =:= upper -> U;
        {lower, L} when Dir =:= lower -> L;
        _ -> C
    end.

%% {upper, U} if C is a lowercase letter with uppercase U, {lower, L} if C is an
%% uppercase letter with lowercase L, none otherwise.
other_case(C) when C >= $a, C =< $z -> {upper, C - 32};
other_case(C) when C >= $A, C =< $Z -> {lower, C + 32};
other_case(C) when C < 16#B5 -> none;
other_case(16#B5) -> {upper, 16#39C};
other_case(16#FF) -> {upper, 16#178};
other_case(16#178) -> {lower, 16#FF};
other_case(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> {upper, C - 32};
other_case(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> {lower, C + 32};
other_case(16#130) -> {lower, $i};
other_case(16#131) -> {upper, $I};
other_case(16#17F) -> {upper, $S};
other_case(C) when C >= 16#100, C =< 16#12F; C >= 16#132, C =< 16#137;
                   C >= 16#14A, C =< 16#177; C >= 16#1E00, C =< 16#1E95;
                   C >= 16#1EA0, C =< 16#1EFF; C >= 16#460, C =< 16#481;
                   C >= 16#48A, C =< 16#4BF; C >= 16#4D0, C =< 16#52F ->
    even_upper(C);
other_case(C) when C >= 16#139, C =< 16#148; C >= 16#179, C =< 16#17E;
                   C >= 16#4C1, C =< 16#4CE ->
    odd_upper(C);
other_case(C) when C >= 16#391, C =< 16#3A9, C =/= 16#3A2 -> {lower, C + 32};
other_case(C) when C >= 16#3B1, C =< 16#3C9, C =/= 16#3C2 -> {upper, C - 32};
other_case(16#3C2) -> {upper, 16#3A3};
other_case(16#386) -> {lower, 16#3AC};
other_case(16#3AC) -> {upper, 16#386};
other_case(C) when C >= 16#388, C =< 16#38A -> {lower, C + 37};
other_case(C) when C >= 16#3AD, C =< 16#3AF -> {upper, C - 37};
other_case(16#38C) -> {lower, 16#3CC};
other_case(16#3CC) -> {upper, 16#38C};
other_case(C) when C =:= 16#38E; C =:= 16#38F -> {lower, C + 63};
other_case(C) when C =:= 16#3CD; C =:= 16#3CE -> {upper, C - 63};
other_case(C) when C >= 16#410, C =< 16#42F -> {lower, C + 32};
other_case(C) when C >= 16#430, C =< 16#44F -> {upper, C - 32};
other_case(C) when C >= 16#400, C =< 16#40F -> {lower, C + 80};
other_case(C) when C >= 16#450, C =< 16#45F -> {upper, C - 80};
other_case(C) when C >= 16#531, C =< 16#556 -> {lower, C + 48};
other_case(C) when C >= 16#561, C =< 16#586 -> {upper, C - 48};
other_case(C) when C >= 16#FF21, C =< 16#FF3A -> {lower, C + 32};
other_case(C) when C >= 16#FF41, C =< 16#FF5A -> {upper, C - 32};
other_case(_) -> none.

even_upper(C) when C rem 2 =:= 0 -> {lower, C + 1};
even_upper(C) -> {upper, C - 1}.

odd_upper(C) when C rem 2 =:= 1 -> {lower, C + 1};
odd_upper(C) -> {upper, C - 1}.
