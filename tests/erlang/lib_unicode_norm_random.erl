-module(lib_unicode_norm_random).
-export([start/0, id/1]).

%% 4000 pseudo-random chardata (a fixed linear congruential sequence) through the eight
%% unicode:characters_to_nf*/1 functions: strings of characters that matter for
%% normalisation or grapheme clusters, cut into deep lists and binaries, some with
%% invalid UTF-8, invalid code points or terms that are no chardata. The result is a
%% hash of the results for each 250 inputs.

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

pool() ->
    {$a, $A, $e, $o, $s, $\r, $\n, 0, 127, 160, 169, 173, 174, 200, 255, 16#300, 16#301, 16#302,
     16#307, 16#308, 16#316, 16#323, 16#327, 16#328, 16#345, 16#334, 16#338, 16#3B1, 16#3C9,
     16#1F00, 16#212B, 16#2126, 16#C5, 16#E9, 16#1E9B, 16#1E63, 16#FB01, 16#FB03, 16#FF21, 16#2460,
     16#BD, 16#1D400, 16#2075, 16#1100, 16#1161, 16#11A7, 16#11A8, 16#AC00, 16#AC01, 16#D7A3,
     16#A960, 16#D7B0, 16#D7CB, 16#1112, 16#1175, 16#11C2, 16#200D, 16#1F600, 16#1F1E6, 16#1F1E7,
     16#1F3FB, 16#FE0F, 16#600, 16#605, 16#915, 16#93F, 16#94D, 16#903, 16#B47, 16#B3E, 16#B57,
     16#9C7, 16#9BE, 16#F71, 16#F72, 16#F73, 16#F80, 16#344, 16#340, 16#958, 16#2ADC, 16#1D15E,
     16#1D165, 16#3099, 16#304B, 16#30F0, 16#FDFA, 16#3300, 16#F900, 16#2F800, 16#110000, 16#D800,
     16#E0001, 16#E0100, 16#1F469, 16#2764, 16#FFFF, 16#10FFFF, 16#CBF, 16#CD5, 16#CC6, 16#CC2,
     16#E33, 16#AD, -1}.

start() ->
    {Hashes, _} = lists:mapfoldl(fun(_, S0) -> group(250, S0, []) end,
                                 ?MODULE:id(12345), lists:seq(1, 16)),
    Hashes.

group(0, S, Acc) -> {erlang:phash2(Acc), S};
group(N, S0, Acc) ->
    {Len, S1} = rnd(8, S0),
    {CPs, S2} = str(Len - 1, S1, []),
    {X, S3} = chardata(CPs, S2),
    R = [?E(unicode:F(X)) || F <- [characters_to_nfd_list, characters_to_nfc_list,
                                   characters_to_nfkd_list, characters_to_nfkc_list,
                                   characters_to_nfd_binary, characters_to_nfc_binary,
                                   characters_to_nfkd_binary, characters_to_nfkc_binary]],
    group(N - 1, S3, [R | Acc]).

%% 1..N and the next state.
rnd(N, S) ->
    S1 = (S * 1103515245 + 12345) band 16#7FFFFFFF,
    {(S1 bsr 8) rem N + 1, S1}.

str(0, S, Acc) -> {Acc, S};
str(N, S0, Acc) ->
    P = pool(),
    {I, S1} = rnd(tuple_size(P), S0),
    str(N - 1, S1, [element(I, P) | Acc]).

chardata(CPs, S0) ->
    case rnd(6, S0) of
        {1, S1} -> {CPs, S1};
        {2, S1} -> {to_bin(CPs), S1};
        {_, S1} -> deep(CPs, S1)
    end.

to_bin(CPs) ->
    case ?E(unicode:characters_to_binary(CPs)) of
        B when is_binary(B) -> B;
        _ -> CPs
    end.

deep([], S) -> {[], S};
deep(CPs, S0) ->
    {N, S1} = rnd(length(CPs), S0),
    {A, B} = lists:split(N, CPs),
    {K, S2} = rnd(12, S1),
    E = case K of
            1 -> to_bin(A);
            2 -> [A];
            3 -> [[], A];
            4 -> <<255, 97>>;
            5 -> <<16#CC>>;
            6 -> foo;
            7 -> [A | <<"x">>];
            8 -> [to_bin(A), <<16#E0>>];
            _ -> A
        end,
    {Rest, S3} = deep(B, S2),
    case rnd(3, S3) of
        {1, S4} -> {[E | Rest], S4};
        {2, S4} -> {[E, Rest], S4};
        {_, S4} -> {[E | [Rest]], S4}
    end.
