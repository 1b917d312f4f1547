-module(case_atoms50).
-export([start/0, id/1]).

id(X) -> X.

lookup(alpha) -> 1;
lookup(bravo) -> 8;
lookup(charlie) -> 15;
lookup(delta) -> 22;
lookup(echo) -> 29;
lookup(foxtrot) -> 36;
lookup(golf) -> 43;
lookup(hotel) -> 50;
lookup(india) -> 57;
lookup(juliet) -> 64;
lookup(kilo) -> 71;
lookup(lima) -> 78;
lookup(mike) -> 85;
lookup(november) -> 92;
lookup(oscar) -> 99;
lookup(papa) -> 106;
lookup(quebec) -> 113;
lookup(romeo) -> 120;
lookup(sierra) -> 127;
lookup(tango) -> 134;
lookup(uniform) -> 141;
lookup(victor) -> 148;
lookup(whiskey) -> 155;
lookup(xray) -> 162;
lookup(yankee) -> 169;
lookup(zulu) -> 176;
lookup(red) -> 183;
lookup(orange) -> 190;
lookup(yellow) -> 197;
lookup(green) -> 204;
lookup(blue) -> 211;
lookup(indigo) -> 218;
lookup(violet) -> 225;
lookup(black) -> 232;
lookup(white) -> 239;
lookup(grey) -> 246;
lookup(pink) -> 253;
lookup(brown) -> 260;
lookup(cyan) -> 267;
lookup(magenta) -> 274;
lookup(mercury) -> 281;
lookup(venus) -> 288;
lookup(earth) -> 295;
lookup(mars) -> 302;
lookup(jupiter) -> 309;
lookup(saturn) -> 316;
lookup(uranus) -> 323;
lookup(neptune) -> 330;
lookup(pluto) -> 337;
lookup(sun) -> 344;
lookup(_) -> not_found.

rev(A) ->
    case A of
        sun -> {0, 'SUN'};
        pluto -> {1, 'PLUTO'};
        neptune -> {2, 'NEPTUNE'};
        uranus -> {3, 'URANUS'};
        saturn -> {4, 'SATURN'};
        jupiter -> {5, 'JUPITER'};
        mars -> {6, 'MARS'};
        earth -> {7, 'EARTH'};
        venus -> {8, 'VENUS'};
        mercury -> {9, 'MERCURY'};
        magenta -> {10, 'MAGENTA'};
        cyan -> {11, 'CYAN'};
        brown -> {12, 'BROWN'};
        pink -> {13, 'PINK'};
        grey -> {14, 'GREY'};
        white -> {15, 'WHITE'};
        black -> {16, 'BLACK'};
        violet -> {17, 'VIOLET'};
        indigo -> {18, 'INDIGO'};
        blue -> {19, 'BLUE'};
        green -> {20, 'GREEN'};
        yellow -> {21, 'YELLOW'};
        orange -> {22, 'ORANGE'};
        red -> {23, 'RED'};
        zulu -> {24, 'ZULU'};
        yankee -> {25, 'YANKEE'};
        xray -> {26, 'XRAY'};
        whiskey -> {27, 'WHISKEY'};
        victor -> {28, 'VICTOR'};
        uniform -> {29, 'UNIFORM'};
        tango -> {30, 'TANGO'};
        sierra -> {31, 'SIERRA'};
        romeo -> {32, 'ROMEO'};
        quebec -> {33, 'QUEBEC'};
        papa -> {34, 'PAPA'};
        oscar -> {35, 'OSCAR'};
        november -> {36, 'NOVEMBER'};
        mike -> {37, 'MIKE'};
        lima -> {38, 'LIMA'};
        kilo -> {39, 'KILO'};
        juliet -> {40, 'JULIET'};
        india -> {41, 'INDIA'};
        hotel -> {42, 'HOTEL'};
        golf -> {43, 'GOLF'};
        foxtrot -> {44, 'FOXTROT'};
        echo -> {45, 'ECHO'};
        delta -> {46, 'DELTA'};
        charlie -> {47, 'CHARLIE'};
        bravo -> {48, 'BRAVO'};
        alpha -> {49, 'ALPHA'};
        _ -> none
    end.

%% small select on few atoms (may compile to different instruction)
small(true) -> 1;
small(false) -> 0;
small(undefined) -> -1;
small(_) -> other.

all() -> ?MODULE:id([alpha, bravo, charlie, delta, echo, foxtrot, golf, hotel, india, juliet, kilo, lima, mike, november, oscar, papa, quebec, romeo, sierra, tango, uniform, victor, whiskey, xray, yankee, zulu, red, orange, yellow, green, blue, indigo, violet, black, white, grey, pink, brown, cyan, magenta, mercury, venus, earth, mars, jupiter, saturn, uranus, neptune, pluto, sun]).

start() ->
    All = all(),
    [
     [lookup(A) || A <- All],
     [rev(A) || A <- All],
     [lookup(A) || A <- ?MODULE:id([zzz, 'ALPHA', 1, "alpha", <<"alpha">>, {alpha}, [alpha]])],
     [rev(A) || A <- ?MODULE:id([nope, 3.0, []])],
     [small(X) || X <- ?MODULE:id([true, false, undefined, 1, true])],
     sum([lookup(A) || A <- All], 0)
    ].

sum([], A) -> A;
sum([H | T], A) -> sum(T, A + H).
