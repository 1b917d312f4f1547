-module(case_ints50).
-export([start/0, id/1]).

id(X) -> X.

dense(0) -> a0;
dense(1) -> b1;
dense(2) -> c2;
dense(3) -> d3;
dense(4) -> e4;
dense(5) -> f5;
dense(6) -> g6;
dense(7) -> h7;
dense(8) -> i8;
dense(9) -> j9;
dense(10) -> k10;
dense(11) -> l11;
dense(12) -> m12;
dense(13) -> n13;
dense(14) -> o14;
dense(15) -> p15;
dense(16) -> q16;
dense(17) -> r17;
dense(18) -> s18;
dense(19) -> t19;
dense(20) -> u20;
dense(21) -> v21;
dense(22) -> w22;
dense(23) -> x23;
dense(24) -> y24;
dense(25) -> z25;
dense(26) -> a26;
dense(27) -> b27;
dense(28) -> c28;
dense(29) -> d29;
dense(30) -> e30;
dense(31) -> f31;
dense(32) -> g32;
dense(33) -> h33;
dense(34) -> i34;
dense(35) -> j35;
dense(36) -> k36;
dense(37) -> l37;
dense(38) -> m38;
dense(39) -> n39;
dense(40) -> o40;
dense(41) -> p41;
dense(42) -> q42;
dense(43) -> r43;
dense(44) -> s44;
dense(45) -> t45;
dense(46) -> u46;
dense(47) -> v47;
dense(48) -> w48;
dense(49) -> x49;
dense(X) when is_integer(X) -> {out_of_range, X};
dense(_) -> not_int.

sparse(-18446744073709551616) -> 0;
sparse(-576460752303423488) -> 1;
sparse(-921366) -> 2;
sparse(-902310) -> 3;
sparse(-898737) -> 4;
sparse(-896004) -> 5;
sparse(-878368) -> 6;
sparse(-876037) -> 7;
sparse(-870266) -> 8;
sparse(-853503) -> 9;
sparse(-848091) -> 10;
sparse(-819756) -> 11;
sparse(-809762) -> 12;
sparse(-802595) -> 13;
sparse(-740369) -> 14;
sparse(-720713) -> 15;
sparse(-683647) -> 16;
sparse(-549746) -> 17;
sparse(-536358) -> 18;
sparse(-531834) -> 19;
sparse(-495294) -> 20;
sparse(-320874) -> 21;
sparse(-233095) -> 22;
sparse(-171996) -> 23;
sparse(-168101) -> 24;
sparse(-123030) -> 25;
sparse(-109719) -> 26;
sparse(-90580) -> 27;
sparse(-1) -> 28;
sparse(0) -> 29;
sparse(1) -> 30;
sparse(64169) -> 31;
sparse(123826) -> 32;
sparse(155629) -> 33;
sparse(167410) -> 34;
sparse(185842) -> 35;
sparse(210272) -> 36;
sparse(222195) -> 37;
sparse(222633) -> 38;
sparse(227969) -> 39;
sparse(315822) -> 40;
sparse(322518) -> 41;
sparse(365108) -> 42;
sparse(722337) -> 43;
sparse(734034) -> 44;
sparse(800338) -> 45;
sparse(907787) -> 46;
sparse(986946) -> 47;
sparse(987489) -> 48;
sparse(987817) -> 49;
sparse(134217728) -> 50;
sparse(268435455) -> 51;
sparse(576460752303423488) -> 52;
sparse(1152921504606846976) -> 53;
sparse(18446744073709551617) -> 54;
sparse(_) -> miss.

mixed(X) ->
    case X of
        0 -> zero;
        1 -> one;
        2 -> two;
        100 -> hundred;
        1000000 -> million;
        -5 -> minus_five;
        1.0 -> float_one;
        2.5 -> two_and_half;
        a -> atom_a;
        _ -> other
    end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    Sp = ?MODULE:id([-18446744073709551616, -576460752303423488, -921366, -902310, -898737, -896004, -878368, -876037, -870266, -853503, -848091, -819756, -809762, -802595, -740369, -720713, -683647, -549746, -536358, -531834, -495294, -320874, -233095, -171996, -168101, -123030, -109719, -90580, -1, 0, 1, 64169, 123826, 155629, 167410, 185842, 210272, 222195, 222633, 227969, 315822, 322518, 365108, 722337, 734034, 800338, 907787, 986946, 987489, 987817, 134217728, 268435455, 576460752303423488, 1152921504606846976, 18446744073709551617]),
    [
     [dense(I) || I <- seq(?MODULE:id(-2), 52)],
     [dense(X) || X <- ?MODULE:id([1.0, a, 0.0, "1"])],
     [sparse(V) || V <- Sp],
     [sparse(V + 1) || V <- Sp],
     [sparse(V) || V <- ?MODULE:id([1.0, 0.0, -1.0])],
     [mixed(X) || X <- ?MODULE:id([0, 1, 2, 100, 1000000, -5, 1.0, 2.5, 2, a, b, 0.0, 1000001, 2.0])]
    ].
