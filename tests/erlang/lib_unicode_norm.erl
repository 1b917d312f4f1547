-module(lib_unicode_norm).
-export([start/0, id/1]).

%% unicode:characters_to_nf{d,c,kd,kc}_{list,binary}/1 on chosen inputs: canonical
%% reordering, composition (and what blocks it), Hangul, compatibility characters,
%% singletons, composition exclusions, grapheme clusters, chardata of every shape and
%% invalid input. lib_unicode_norm_sweep* cover every code point.

id(X) -> X.

-define(E(X), (try X catch C:R -> {C, R} end)).

forms() ->
    [characters_to_nfd_list, characters_to_nfc_list, characters_to_nfkd_list,
     characters_to_nfkc_list, characters_to_nfd_binary, characters_to_nfc_binary,
     characters_to_nfkd_binary, characters_to_nfkc_binary].

all(X0) ->
    X = ?MODULE:id(X0),
    [?E(unicode:F(X)) || F <- forms()].

start() ->
    {latin(), hangul(), compat(), singletons(), exclusions(), clusters(), shapes(),
     invalid(), long(), string_equal()}.

latin() ->
    [all(S) || S <- [
        "",
        "abc",
        "caf\x{E9}", "cafe\x{301}", <<"café"/utf8>>, <<"cafe\x{301}"/utf8>>,
        "\x{C5}str\x{F6}m", "A\x{30A}stro\x{308}m",
        %% marks in the wrong order: reordered by class (dot below 220 < acute 230)
        "a\x{301}\x{323}", "a\x{323}\x{301}", "e\x{302}\x{323}", "e\x{323}\x{302}",
        "s\x{307}\x{323}", "\x{1E69}", "\x{1E63}\x{307}", "q\x{307}\x{323}",
        %% equal classes keep their order; a blocked mark does not compose
        "a\x{301}\x{300}", "a\x{300}\x{301}", "o\x{308}\x{304}", "\x{1E4D}",
        "a\x{316}\x{317}\x{301}", "e\x{328}\x{301}\x{327}",
        %% marks with class 0 between them (a spacing mark, ZWJ)
        "a\x{903}\x{301}", "a\x{200D}\x{301}", "a\x{34F}\x{301}",
        "\x{1E08}", "C\x{327}\x{301}", "C\x{301}\x{327}",
        "\x{1EA0}\x{306}", "\x{1EB6}", "\x{1FB4}", "\x{3B1}\x{345}\x{301}",
        "\x{3D3}", "\x{3D2}\x{301}", "\x{451}", "\x{435}\x{308}",
        "\x{2260}", "=\x{338}", "\x{226E}", "<\x{338}",
        "\x{304C}", "\x{304B}\x{3099}", "\x{30F7}", "\x{30EF}\x{3099}",
        "\x{B4B}", "\x{B47}\x{B3E}", "\x{B47}\x{B57}", "\x{9CB}", "\x{9C7}\x{9BE}",
        "\x{1026}", "\x{1025}\x{102E}", "\x{CCA}", "\x{CC6}\x{CC2}", "\x{CC0}", "\x{CBF}\x{CD5}",
        "\x{DDA}", "\x{DD9}\x{DCA}", "\x{1B06}", "\x{1B05}\x{1B35}",
        "\x{1109A}", "\x{11099}\x{110BA}", "\x{1134B}", "\x{11347}\x{1133E}",
        "\x{11938}", "\x{11935}\x{11930}",
        %% a lone mark, marks after a control
        "\x{301}", "\x{301}\x{300}", "\n\x{301}a", "\r\n\x{323}\x{301}", "\t\x{301}\x{316}"
    ]].

hangul() ->
    [all(S) || S <- [
        "\x{D55C}\x{AD6D}\x{C5B4}", <<"한국어"/utf8>>,
        "\x{AC00}", "\x{AC01}", "\x{D7A3}", "\x{AC00}\x{11A8}", "\x{AC01}\x{11A8}",
        "\x{1100}\x{1161}", "\x{1100}\x{1161}\x{11A8}", "\x{1112}\x{1175}\x{11C2}",
        "\x{1100}\x{1161}\x{11A7}", "\x{1100}\x{1161}\x{11A7}\x{11A8}",
        "\x{1100}\x{1100}\x{1161}", "\x{1100}\x{1161}\x{1161}", "\x{1100}\x{11A8}",
        "\x{1113}\x{1161}", "\x{1100}\x{1176}", "\x{1100}\x{1161}\x{11C3}",
        "\x{A960}\x{1161}", "\x{1100}\x{D7B0}", "\x{AC00}\x{D7CB}", "\x{1100}\x{1161}\x{301}",
        "\x{AC00}\x{301}", "\x{1161}\x{11A8}", "\x{11A8}\x{11A8}", "\x{3131}\x{314F}",
        "\x{1100}\x{AC00}", "\x{1100}\x{AC01}\x{11A8}", "\x{115F}\x{1160}",
        [16#1100, 16#1161, 16#1100, 16#1161, 16#11A8, 16#AC00, 16#1161]
    ]].

compat() ->
    [all(S) || S <- [
        "\x{FB01}", "\x{FB03}nance", "\x{FB05}", "\x{FF21}\x{FF22}\x{FF23}\x{FF11}",
        "\x{FF76}\x{FF9E}", "\x{FF8A}\x{FF9F}", "x\x{B2}", "\x{2075}\x{2080}", "\x{BD}\x{2153}",
        "\x{338F}", "\x{3300}", "\x{337F}", "\x{2460}\x{2473}\x{24B6}\x{2474}", "\x{210C}\x{2102}",
        "\x{1D400}\x{1D7FF}\x{1D538}", "\x{1C4}\x{1C5}\x{1C6}", "\x{17F}\x{1E9B}", "\x{1E9B}\x{323}",
        "\x{FDFA}", "\x{FDFB}", "\x{FE8D}\x{FEFB}", "\x{2026}", "\x{2024}\x{2025}",
        "\x{A0}\x{2002}\x{3000}", "\x{A8}\x{AF}\x{B4}", "\x{1FED}\x{1FEE}", "\x{3C}\x{338}",
        "\x{2F00}\x{2FD5}", "\x{3192}", "\x{1F100}\x{1F12A}\x{1F250}", "\x{E9}\x{FB01}\x{FF21}",
        "\x{2126}\x{212B}\x{2122}", "\x{1F1}\x{1F3}", "\x{132}\x{133}\x{140}", "\x{2167}",
        "\x{1D15E}\x{1D160}", "\x{1D5D4}\x{301}", "\x{FF41}\x{301}", "\x{2090}\x{1D62}",
        "\x{A69C}", "\x{10781}", "\x{1E030}", "\x{1F16A}"
    ]].

singletons() ->
    [all(S) || S <- [
        "\x{2126}", "\x{212A}", "\x{212B}", "\x{340}", "\x{341}", "\x{343}", "\x{374}",
        "\x{37E}", "\x{387}", "\x{1F71}", "\x{1FEE}", "\x{1FFD}", "\x{2000}\x{2001}",
        "\x{2329}\x{232A}", "\x{F900}", "\x{FA10}", "\x{FA2D}", "\x{2F800}", "\x{2FA1D}",
        "a\x{340}", "a\x{341}\x{343}", "\x{1F71}\x{345}"
    ]].

exclusions() ->
    [all(S) || S <- [
        "\x{958}", "\x{915}\x{93C}", "\x{9DC}", "\x{A33}", "\x{B5C}", "\x{F43}",
        "\x{FB1D}", "\x{5D9}\x{5B4}", "\x{FB2A}", "\x{2ADC}", "\x{2ADD}\x{338}",
        "\x{1D15E}", "\x{1D157}\x{1D165}", "\x{1D1BB}",
        %% non-starter decompositions
        "\x{344}", "\x{308}\x{301}", "a\x{344}", "\x{F73}", "\x{F71}\x{F72}",
        "\x{F75}", "\x{F81}", "\x{F40}\x{F73}\x{F74}",
        "\x{2ADC}\x{301}"
    ]].

clusters() ->
    [all(S) || S <- [
        "\r\n", "\r\r\n\n", "a\r\n\x{301}",
        "\x{1F469}\x{200D}\x{2764}\x{FE0F}\x{200D}\x{1F468}", "\x{1F44D}\x{1F3FD}",
        "\x{1F1EB}\x{1F1F7}\x{1F1E9}", "\x{A9}\x{FE0F}\x{200D}\x{A9}",
        "\x{600}1", "\x{600}\x{301}", "\x{600}\n", "\x{605}\x{600}e\x{301}",
        "\x{915}\x{94D}\x{937}\x{93F}", "\x{E01}\x{E33}", "\x{E33}",
        "\x{AD}\x{301}", "\x{200B}\x{301}", "\x{FEFF}e\x{301}", "\x{E0001}\x{301}",
        "a\x{E0100}\x{301}", "\x{1F600}\x{E0020}\x{301}"
    ]].

shapes() ->
    [all(S) || S <- [
        [<<"abc">>, [$e, 16#301], <<"ñ"/utf8>>, [[16#1100], <<16#1161/utf8>>]],
        [$a, [16#301, [16#323]], <<"b">>],
        [<<"a">>, <<16#301/utf8>>, <<16#323/utf8>>],
        [[[[$e]]], <<>>, [], [16#302, <<16#323/utf8>>]],
        [<<"x">> | <<16#FB01/utf8>>],
        [$a | <<16#301/utf8, "b">>],
        [<<"Åström"/utf8>>, " ", "\x{FB01}"],
        [[], <<>>, []],
        <<>>,
        [$\r, <<"\n">>],
        [<<"\r">>, $\n]
    ]].

invalid() ->
    [all(S) || S <- [
        <<"a", 255>>, <<"abc", 16#CC>>, <<"e", 16#CC, 16#81, 255, "x">>,
        [<<"a">>, <<16#CC>>], ["ok", <<255, 1>>, "rest"], [$a, 16#301, <<255>>],
        [<<"a\x{301}"/utf8>>, [<<255>>, "b"], "c"], [[16#1100, <<16#1161/utf8, 200>>]],
        [$a, [16#301, [<<255>>]], $b], [<<"é"/utf8>>, <<195>>], <<195>>,
        [16#1F1E6, <<255>>], [16#A9, <<255>>], [<<16#A9/utf8>>, [<<255>>]],
        [16#600, <<255>>], [16#1100, <<255>>],
        foo, [foo], [$a, foo], [$a | $b], [-1], [$a, -1], [16#110000], [16#D800],
        [16#300, -1], [1.0], [<<1:3>>], {<<"a">>}, 42
    ]].

%% Over 200 clusters: the binary functions convert in rows.
long() ->
    L = lists:append(lists:duplicate(150, "e\x{301}\x{FB01}\x{AC00}a")),
    [erlang:phash2(R) || R <- all(L) ++ all(unicode:characters_to_binary(L)) ++
                             all(L ++ [<<255>>]) ++ all(L ++ [-1])].

%% string:equal/4 compares normal forms (and case folds them: only with characters
%% whose folding the library knows, see string.erl).
string_equal() ->
    A = ?MODULE:id("\x{C5}str\x{F6}m \x{FB01}"),
    B = ?MODULE:id(<<"A\x{30A}stro\x{308}m fi"/utf8>>),
    C = ?MODULE:id("a\x{323}\x{301}"),
    D = ?MODULE:id(<<"a\x{301}\x{323}"/utf8>>),
    Norms = [none, nfc, nfd, nfkc, nfkd],
    [[string:equal(X, Y, false, Norm) || Norm <- Norms]
     || {X, Y} <- [{A, B}, {C, D}, {"\x{212B}", "\x{C5}"}, {"\x{FF21}", "A"}, {"", ""},
                   {"a", ""}, {"e\x{301}", <<"\x{E9}"/utf8>>}, {[$e, [<<"\x{301}"/utf8>>]], "\x{E9}"}]] ++
    [[string:equal(X, Y, true, Norm) || Norm <- Norms]
     || {X, Y} <- [{"\x{C5}str\x{F6}m", <<"A\x{30A}STRO\x{308}M"/utf8>>}, {C, "A\x{301}\x{323}"},
                   {"ABC", "abc"}, {"\x{C5}", "\x{E5}"}, {"\x{FF21}", "a"}, {"\x{1E61}", "S\x{307}"},
                   {"\x{C9}", "e\x{301}"}]].
