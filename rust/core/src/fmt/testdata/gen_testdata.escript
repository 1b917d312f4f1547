#!/usr/bin/env escript
%% Regenerates the expectation tables in this directory from a real
%% Erlang/OTP 25 node:
%%
%%     cd rust/core/src/fmt/testdata && escript gen_testdata.escript
%%
%% Floats are written as 16 hex digits of their IEEE-754 bits, strings
%% (parse inputs, atom names, atom renderings) as hex of their UTF-8 bytes,
%% so every line is plain ASCII and whitespace-safe.
-mode(compile).

main(_) ->
    "25" = erlang:system_info(otp_release),
    put(xs, 16#9E3779B97F4A7C15),
    shortest(),
    default(),
    options(),
    parse(),
    atoms(),
    ok.

%% ---------------------------------------------------------------- helpers

%% xorshift64
next() ->
    X0 = get(xs),
    X1 = X0 bxor ((X0 bsl 13) band 16#FFFFFFFFFFFFFFFF),
    X2 = X1 bxor (X1 bsr 7),
    X3 = X2 bxor ((X2 bsl 17) band 16#FFFFFFFFFFFFFFFF),
    put(xs, X3),
    X3.

uniform(N) -> next() rem N.

bits(F) -> <<B:64>> = <<F/float>>, B.
hex(F) -> io_lib:format("~16.16.0B", [bits(F)]).
hexstr(S) -> hexbytes(binary_to_list(unicode:characters_to_binary(S))).
hexbytes(Bytes) -> [io_lib:format("~2.16.0B", [B]) || B <- Bytes] ++ empty(Bytes).
empty([]) -> "-";
empty(<<>>) -> "-";
empty(_) -> "".

from_bits(B) ->
    case <<B:64>> of
        <<F/float>> -> {ok, F};
        _ -> error
    end.

random_float() ->
    case from_bits(next()) of
        {ok, F} -> F;
        error -> random_float()
    end.

%% A float with a short decimal representation: digits x 10^exp.
nice_float() ->
    Len = 1 + uniform(17),
    Digits = [$1 + uniform(9) | [$0 + uniform(10) || _ <- lists:seq(2, Len)]],
    Exp = uniform(640) - 330,
    S = Digits ++ ".0e" ++ integer_to_list(Exp),
    case catch list_to_float(S) of
        F when is_float(F) -> F;
        _ -> nice_float()
    end.

neighbours(F) ->
    B = bits(F),
    [G || D <- [-2, -1, 0, 1, 2], {ok, G} <- [from_bits(B + D)], B + D >= 0].

write(File, Lines) ->
    ok = file:write_file(File, [[L, $\n] || L <- Lines]),
    io:format("~s: ~b lines~n", [File, length(Lines)]).

pow10(E) -> list_to_float("1.0e" ++ integer_to_list(E)).

%% ------------------------------------------------------------ shortest

special_floats() ->
    [0.0, -0.0, 5.0e-324, 1.0e-323, 2.2250738585072014e-308,
     2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
     1.0e15, 1.0e16, 1.0e21, 1.0e22, 1.0e23, 123456789012345680.0,
     0.0001, 0.00001, 0.001, 100.0, 1000.0, 120.0, 1200.0, 12340.0, 123400.0,
     1234567890.0, 12345678900.0, 123456789000.0, 1.0e9, 1.0e10, 1.0e-4,
     1.0e-5, 1.234e-5, 1.234e-4, 0.001234, 0.0001234, 1.5, 0.5, 0.1, 0.2,
     0.3, 1/3, 2/3, 3.141592653589793, 2.718281828459045, 1.0e100, 1.0e-100,
     4503599627370496.0, 9007199254740992.0, 9007199254740994.0,
     9007199254740990.0, 9007199254740980.0, 18014398509481984.0,
     18014398509481990.0, 900719925474099.0, 9007199254740.0,
     90071992547409.0, 9007199254740900.0, 9007199254740800.0,
     9007199254740000.0, 9007199254741000.0, 123456789012345.0,
     1234567890123456.0, 12345678901234567.0, 4.35e15, 9.0e15, 9.1e15,
     8.9e15, 9.007199254740991e15, 9.007199254740993e15, 2.0e15, 2.0e16,
     2.0e17, 2.5e16].

shortest() ->
    Pow10 = [pow10(E) || E <- lists:seq(-323, 308)],
    Pow10N = lists:append([neighbours(pow10(E)) || E <- lists:seq(-25, 25)]),
    Pow2 = [math:pow(2.0, E) || E <- lists:seq(-1074, 1023, 7)],
    Int2_53 = lists:append([neighbours(math:pow(2.0, 53) * M) || M <- [0.5, 1.0, 2.0, 4.0]]),
    Boundary = [float(N * P) || P <- [1, 10, 100, 1000],
                                N <- [900719925474099, 900719925474100,
                                      90071992547409, 90071992547410,
                                      9007199254740991, 9007199254740992,
                                      9007199254740993, 9007199254740990]],
    Tenths = [K / 10 || K <- lists:seq(0, 200)],
    Sums = lists:reverse(element(2, lists:foldl(fun(_, {S, Acc}) -> {S + 0.1, [S + 0.1 | Acc]} end,
                                                {0.0, []}, lists:seq(1, 100)))),
    Subnormal = [G || B <- [1, 2, 3, 10, 1000, 16#FFFFFFFF, 16#FFFFFFFFFFFFF,
                            16#8000000000000, 16#123456789ABC], {ok, G} <- [from_bits(B)]],
    Nice = [nice_float() || _ <- lists:seq(1, 500)],
    Random = [random_float() || _ <- lists:seq(1, 1000)],
    Ties = [tie_candidate() || _ <- lists:seq(1, 800)],
    All0 = special_floats() ++ Pow10 ++ Pow10N ++ Pow2 ++ Int2_53 ++ Boundary ++
        Tenths ++ Sums ++ Subnormal ++ Nice ++ Random ++ Ties,
    All = dedup(All0 ++ [-F || F <- lists:sublist(All0, 1, 60)]),
    Lines = [begin
                 S = float_to_list(F, [short]),
                 S = lists:flatten(io_lib:format("~w", [F])),
                 S = lists:flatten(io_lib:write(F)),
                 [hex(F), " ", S]
             end || F <- All],
    write("shortest.txt", Lines).

%% Values in [2^20, 2^53) with only a few fractional bits: their exact
%% decimal expansion is often one digit longer than the shortest one and
%% ends in 5, so two shortest candidates are equally close (Ryu picks the
%% even one).
tie_candidate() ->
    P = 20 + uniform(32),
    Q = 1 + uniform(min(52 - P, 20)),
    Mant = next() band ((1 bsl 52) - 1),
    Clear = 52 - P - Q,
    Bits = ((1023 + P) bsl 52) bor ((Mant bsr Clear) bsl Clear),
    {ok, F} = from_bits(Bits),
    F.

dedup(L) -> dedup(L, #{}).
dedup([F | T], Seen) ->
    B = bits(F),
    case Seen of
        #{B := _} -> dedup(T, Seen);
        _ -> [F | dedup(T, Seen#{B => true})]
    end;
dedup([], _) -> [].

%% ------------------------------------------------------------- default

default() ->
    Random = [random_float() || _ <- lists:seq(1, 500)],
    Nice = [nice_float() || _ <- lists:seq(1, 150)],
    Pow10 = [pow10(E) || E <- lists:seq(-323, 308, 3)],
    Sub = [G || B <- [1, 2, 3, 7, 1000, 16#FFFFFFFFFFFFF, 16#8000000000000,
                      16#8000000000001, 16#4000000000000], {ok, G} <- [from_bits(B)]],
    Ties = [1.5, 2.5, 0.5, 0.125, 9.5, 99.5, 1.0e21 + 0.0, 1.0e22, 1.0e23,
            123456789012345678901.0, 0.3, 9.999999999999999e22, 1.0e20,
            999999999999999999999.0, 1.0e-7, 9.999999999999999e-5],
    All = dedup(special_floats() ++ Sub ++ Ties ++ Pow10 ++ Nice ++ Random),
    Lines = [[hex(F), " ", float_to_list(F)] || F <- All],
    write("default.txt", Lines).

%% ------------------------------------------------------------- options

opt_name({decimals, N}) -> "d" ++ integer_to_list(N);
opt_name({decimals_c, N}) -> "d" ++ integer_to_list(N) ++ "c";
opt_name({scientific, N}) -> "s" ++ integer_to_list(N);
opt_name(short) -> "short".

opt_list({decimals, N}) -> [{decimals, N}];
opt_list({decimals_c, N}) -> [{decimals, N}, compact];
opt_list({scientific, N}) -> [{scientific, N}];
opt_list(short) -> [short].

opt_line(F, O) ->
    R = case catch float_to_list(F, opt_list(O)) of
            L when is_list(L) -> L;
            {'EXIT', {badarg, _}} -> "badarg"
        end,
    [hex(F), " ", opt_name(O), " ", R].

small_opt() ->
    case uniform(5) of
        0 -> {decimals, uniform(19)};
        1 -> {decimals_c, uniform(19)};
        2 -> {scientific, uniform(22)};
        3 -> {decimals, uniform(40)};
        4 -> {decimals_c, uniform(40)}
    end.

options() ->
    Random = [{random_float(), small_opt()} || _ <- lists:seq(1, 500)],
    Nice = [{nice_float(), small_opt()} || _ <- lists:seq(1, 300)],
    %% Moderate magnitudes, where the fixed-point fast path is used.
    Moderate = [begin
                    F = nice_float_range(),
                    {F, small_opt()}
                end || _ <- lists:seq(1, 600)],
    %% Decimal ties and near-ties: d.ddd5 with few digits.
    TieVals = [list_to_float(integer_to_list(I) ++ "." ++ Frac)
               || I <- [0, 1, 2, 9, 12345],
                  Frac <- ["5", "25", "125", "05", "005", "0005", "45", "045",
                           "0045", "95", "995", "9995", "35", "375", "00005",
                           "15", "55", "65", "75", "85", "49999999999999994"]],
    Ties = [{S * F, O} || F <- TieVals, S <- [1, -1],
                          O <- [{decimals, 0}, {decimals, 1}, {decimals, 2},
                                {decimals_c, 2}, {scientific, 1}]],
    Zero = [{F, O} || F <- [0.0, -0.0, 1.0e-300, -1.0e-300, 0.001, -0.001, 5.0e-324],
                      O <- [{decimals, 0}, {decimals, 1}, {decimals, 5}, {decimals_c, 0},
                            {decimals_c, 3}, {decimals, 18}, {decimals, 19},
                            {decimals_c, 25}, {decimals, 253}, {decimals, 254},
                            {scientific, 0}, {scientific, 3}, {scientific, 20},
                            {scientific, 249}, {scientific, 250}, short]],
    Big = [{S * F, O} || F <- [9007199254740992.0, 9007199254740994.0,
                           9007199254740991.0, 4503599627370495.5,
                           4503599627370496.5, 1.0e16, 1.0e20, 1.0e22, 1.5e22,
                           1.0e100, 1.0e200, 1.0e250, 1.0e253, 1.0e254,
                           1.0e255, 1.7976931348623157e308, 123456789.0e10],
                    S <- [1, -1],
                    O <- [{decimals, 0}, {decimals_c, 0}, {decimals, 1},
                          {decimals_c, 1}, {decimals, 2}, {decimals_c, 3},
                          {decimals, 18}, {decimals, 19}, {scientific, 3},
                          {scientific, 17}, {scientific, 248}, {scientific, 249}]],
    Long = [{F, O} || F <- [0.1, 1.0 / 3, 5.0e-324, 2.2250738585072014e-308,
                            1.0e-5, 123.456, 2.0e-20, 9.5367431640625e-7,
                            1.1102230246251565e-16, -0.1],
                      O <- [{decimals, 19}, {decimals, 20}, {decimals_c, 20},
                            {decimals, 30}, {decimals, 60}, {decimals, 100},
                            {decimals_c, 200}, {decimals, 250}, {decimals, 252},
                            {decimals, 253}, {decimals_c, 253}, {decimals, 254},
                            {scientific, 30}, {scientific, 100},
                            {scientific, 248}, {scientific, 249}]],
    Pow2 = [{math:pow(2.0, -E), O} || E <- lists:seq(1, 70, 3),
                                     O <- [{decimals, E - 1}, {decimals, E},
                                           {decimals, E + 1}, {scientific, 3}]],
    Short = [{random_float(), short} || _ <- lists:seq(1, 50)],
    All = Random ++ Nice ++ Moderate ++ Ties ++ Zero ++ Big ++ Long ++ Pow2 ++ Short,
    write("options.txt", [opt_line(F, O) || {F, O} <- All]).

nice_float_range() ->
    Len = 1 + uniform(17),
    Digits = [$1 + uniform(9) | [$0 + uniform(10) || _ <- lists:seq(2, Len)]],
    Exp = uniform(40) - 25,
    S = Digits ++ ".0e" ++ integer_to_list(Exp),
    F = list_to_float(S),
    case uniform(2) of
        0 -> F;
        1 -> -F
    end.

%% --------------------------------------------------------------- parse

parse_line(S) ->
    R = case catch list_to_float(S) of
            F when is_float(F) -> hex(F);
            {'EXIT', {badarg, _}} -> "badarg"
        end,
    R = case catch binary_to_float(list_to_binary(S)) of
            F2 when is_float(F2) -> hex(F2);
            {'EXIT', {badarg, _}} -> "badarg"
        end,
    [hexbytes(S), " ", R].

rand_digits(0) -> [];
rand_digits(N) -> [$0 + uniform(10) | rand_digits(N - 1)].

rand_float_string() ->
    Sign = lists:nth(1 + uniform(4), ["", "", "-", "+"]),
    Int = rand_digits(1 + uniform(25)),
    Frac = rand_digits(1 + uniform(25)),
    Dot = case uniform(10) of 0 -> ","; _ -> "." end,
    Exp = case uniform(3) of
              0 -> "";
              _ -> lists:nth(1 + uniform(2), ["e", "E"]) ++
                       lists:nth(1 + uniform(3), ["", "+", "-"]) ++
                       integer_to_list(uniform(360))
          end,
    Sign ++ Int ++ Dot ++ Frac ++ Exp.

mutate(S) ->
    Pos = uniform(length(S) + 1),
    {A, B} = lists:split(Pos, S),
    Junk = lists:nth(1 + uniform(14), [" ", ".", ",", "e", "E", "+", "-", "x", "\t",
                                       "0", "_", "1", [0], "é"]),
    case uniform(3) of
        0 -> A ++ Junk ++ B;
        1 -> A ++ tl_or_empty(B);
        2 -> A ++ Junk ++ tl_or_empty(B)
    end.

tl_or_empty([]) -> [];
tl_or_empty([_ | T]) -> T.

parse() ->
    Fixed = ["1.0", "-1.0", "+1.0", "0.0", "-0.0", "+0.0", "1,5", "1,5e3",
             "1.5,5", "1.", ".5", "1e5", "1.5e", "1.5e+", "1.5e-", "1.5e+-3",
             "1.5e3.0", "1.5x", " 1.5", "1.5 ", "--1.5", "+-1.5", "1.0e309",
             "1.0e308", "1.7976931348623157e308", "1.7976931348623158e308",
             "1.7976931348623159e308", "-1.0e309", "1.0e-400", "-1.0e-400",
             "2.4703282292062327e-324", "2.4703282292062328e-324",
             "4.9406564584124654e-324", "1.0e-323", "1.0e-320",
             "0.0e99999999999999999999", "1.0e99999999999999999999",
             "1.0e-99999999999999999999", "1.5E3", "1.5e0010", "01.5",
             "00000000000000000000000000001.00000000000000000000000000000001",
             "1.0e00000000000000000000000000000000000000000000000000001",
             "123456789012345678901234567890.5", "9007199254740993.0",
             "9007199254740993.0000000000000000000000000001",
             "0.30000000000000004", "0.1e1", "1.5\x{0}", "1.5\x{0}x", "\x{0}1.5",
             "", "-", "+", ".", "e", "1", "1e", "inf", "nan", "infinity",
             "1.0inf", "0x1.0p3", "1_000.0", "1.0_0", "١.٥", "1.5e٣",
             "2.2250738585072011e-308", "2.2250738585072012e-308",
             "2.2250738585072014e-308", "1.00000000000000011102230246251565404236316680908203125",
             "1.00000000000000011102230246251565404236316680908203124",
             "1.00000000000000011102230246251565404236316680908203126",
             "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.0",
             "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792.0"],
    Random = [rand_float_string() || _ <- lists:seq(1, 700)],
    Mutated = [mutate(rand_float_string()) || _ <- lists:seq(1, 400)],
    RoundTrip = [float_to_list(F, O) || _ <- lists:seq(1, 200), F <- [random_float()],
                                        O <- [[short], []]],
    %% Parse inputs are byte strings: encode anything beyond Latin-1 as UTF-8.
    Bytes = [binary_to_list(unicode:characters_to_binary(S)) || S <- Fixed ++ Random ++ Mutated ++ RoundTrip],
    Lines = [parse_line(S) || S <- Bytes],
    write("parse.txt", Lines).

%% --------------------------------------------------------------- atoms

atom_line(Name) ->
    A = list_to_atom(Name),
    W = lists:flatten(io_lib:format("~w", [A])),
    TW = lists:flatten(io_lib:format("~tw", [A])),
    [hexstr(Name), " ", hexstr(W), " ", hexstr(TW)].

atoms() ->
    Reserved = ["after", "begin", "case", "try", "cond", "catch", "andalso",
                "orelse", "end", "fun", "if", "let", "of", "receive", "when",
                "bnot", "not", "div", "rem", "band", "and", "bor", "bxor",
                "bsl", "bsr", "or", "xor", "maybe", "else", "query", "spec",
                "true", "false", "undefined", "nil", "ok", "error", "module",
                "After", "aFter", "after_", "'after'", "end@", "fun1"],
    Words = ["", "a", "A", "_", "_a", "a_", "aB9_@", "9a", "a.b", "a-b", "a b",
             "hello world", "ab@c", "@", "a@", "é", "Ä", "ß", "ÿ", "÷", "a÷",
             "a×", "aÀ", "aÞ", "à", "àbc", "ça", "Ça", "привет", "Привет",
             "日本", "a日本", "aпривет", "ü8", "über", "Über", "a'b", "'",
             "a\\b", "\\", "\"", "a\"b", "a\nb", "\n", "\r\t\v\b\f\e\d",
             [97, 16#1F600], [16#1F600], [16#10FFFF], [97, 16#FFFD], "ℵ",
             "aª", "aº", "aµ", "µ", "ª", "º", "a¡", "a¿", "a ", [97, 160],
             [97, 173], "ḁ", "ǅ", "ŉ", "ſ", "ı", "a~", "a`", "a{}", "[]",
             "{}", "a+", "a/", "a:b", "a#", "a$", "a%", "a&", "a*", "a=",
             "a|", "a^", "a?", "a!", "a;", "a<", "a>", "a(", "a)"],
    Singles = [[C] || C <- lists:seq(0, 300)],
    Pairs = [[$a, C] || C <- lists:seq(0, 300)],
    Lead = [[C, $a] || C <- lists:seq(0, 300, 3)],
    High = [[$a, C] || C <- [383, 1000, 2047, 2048, 4095, 4096, 16#D7FF, 16#E000,
                             16#FFFF, 16#10000, 16#FFFFF, 16#100000, 16#10FFFF,
                             16#2028, 16#FEFF, 16#200B, 16#300, 16#1F600]],
    Alphabet = "abcxyzABXZ019_@ .'\\\"\n\tßàé÷×ÀÞÿ\x{80}\x{9F}\x{A0}\x{430}\x{65E5}",
    Random = [rand_word(Alphabet, 1 + uniform(8)) || _ <- lists:seq(1, 300)],
    Long = [lists:duplicate(255, $a), lists:duplicate(255, $Z),
            "a" ++ lists:duplicate(254, 16#10FFFF)],
    Lines = [atom_line(N) || N <- Reserved ++ Words ++ Singles ++ Pairs ++ Lead ++
                                 High ++ Random ++ Long],
    write("atoms.txt", Lines).

rand_word(_, 0) -> [];
rand_word(Alpha, N) -> [lists:nth(1 + uniform(length(Alpha)), Alpha) | rand_word(Alpha, N - 1)].
