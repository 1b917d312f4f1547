-module(etf_compressed).
-export([start/0, id/1]).

id(X) -> X.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

rep(_, 0) -> [];
rep(X, N) -> [X | rep(X, N - 1)].

start() ->
    %% Produced by OTP 25's term_to_binary(..., [compressed]) (zlib).
    C1 = ?MODULE:id(<<131,80,0,0,0,103,120,156,203,102,72,73,164,3,0,0,204,203,38,180>>),
    C2 = ?MODULE:id(<<131,80,0,0,0,168,120,156,203,96,206,102,48,98,100,98,102,97,101,99,231,224,228,
                      226,230,225,229,227,23,16,20,18,22,17,21,19,151,144,148,146,150,145,149,147,87,80,
                      84,82,86,81,85,83,215,208,212,210,214,209,213,211,55,48,52,202,101,96,96,72,97,160,
                      3,72,97,96,205,72,205,201,201,7,0,153,169,9,82>>),
    C3 = ?MODULE:id(<<131,80,0,0,0,166,120,218,203,97,96,96,208,72,97,96,172,24,204,56,11,0,90,149,35,135>>),
    D1 = binary_to_term(C1),
    D2 = binary_to_term(C2),
    D3 = binary_to_term(C3),
    Checks = [D1 =:= rep($a, 100), D2 =:= {seq(1, 50), <<0:800>>, hello}, D3 =:= rep(x, 40)],
    Big = ?MODULE:id({rep(<<"abcdefgh">>, 200), seq(1, 1000)}),
    Plain = term_to_binary(Big),
    Comp = term_to_binary(Big, [compressed]),
    Comp9 = term_to_binary(Big, [{compressed, 9}]),
    Comp1 = term_to_binary(Big, [{compressed, 1}]),
    Header = binary:part(Comp, 0, 6),
    Sizes = [byte_size(Comp) < byte_size(Plain), byte_size(Comp9) < byte_size(Plain),
             byte_size(Comp1) < byte_size(Plain)],
    Back = [binary_to_term(B) =:= Big || B <- [Comp, Comp9, Comp1]],
    %% Small terms are not worth compressing: OTP emits the plain encoding.
    Small = [term_to_binary(?MODULE:id(T), [compressed]) || T <- [a, 1, {}, "ab"]],
    Comp0 = term_to_binary(Big, [{compressed, 0}]) =:= Plain orelse binary_to_term(term_to_binary(Big, [{compressed, 0}])) =:= Big,
    BadSize = try binary_to_term(?MODULE:id(<<131,80,0,0,0,104,120,156,203,102,72,73,164,3,0,0,204,203,38,180>>))
              catch Cl:Rs -> {Cl, Rs} end,
    BadData = try binary_to_term(?MODULE:id(<<131,80,0,0,0,103,120,156,1,2,3,4,5>>))
              catch Cl2:Rs2 -> {Cl2, Rs2} end,
    {D1, D2, D3, Checks, Header, Sizes, Back, Small, Comp0, BadSize, BadData}.
