-module(hash_checksum_extra).
-export([start/0, id/1]).

id(X) -> X.

%% Byte size without letting the compiler turn it into byte_size/1.
sz(B) -> size(?MODULE:id(B)).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

start() ->
    Big = term_to_binary(?MODULE:id(seq(1, 3000))),
    <<_:3, Unal:100/binary, _/bitstring>> = Big,
    Data = [<<>>, [], [[]], [<<>>], "abc", [$a, <<"bc">> | <<"de">>], [[[$x]], [], <<"y">>], Big, Unal,
            [Big, [Unal | Big]], [0, 255, [128, <<0>>]]],
    Crc = [erlang:crc32(?MODULE:id(D)) || D <- Data],
    Adler = [erlang:adler32(?MODULE:id(D)) || D <- Data],
    Md5 = [erlang:md5(?MODULE:id(D)) || D <- Data],
    Start = [0, 1, 16#FFFFFFFF, 65521, 16#FFF0FFF0],
    CrcS = [erlang:crc32(?MODULE:id(S), D) || S <- Start, D <- [<<>>, [], "xyz"]],
    AdlerS = [erlang:adler32(?MODULE:id(S), D) || S <- Start, D <- [<<>>, [], "xyz", Big]],
    Split = [begin
                 <<A:N/binary, B/binary>> = Big,
                 {erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), sz(B)) =:= erlang:crc32(Big),
                  erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), sz(B)) =:= erlang:adler32(Big)}
             end || N <- [0, 1, 100, sz(Big) - 1, sz(Big)]],
    Comb = [{erlang:crc32_combine(?MODULE:id(C1), C2, L), erlang:adler32_combine(?MODULE:id(C1), C2, L)}
            || C1 <- [0, 7, 16#FFFFFFFF], C2 <- [0, 16#12345678], L <- [0, 1, 65521, 65522, 16#FFFFFFFF]],
    Ctx0 = erlang:md5_init(),
    Ctx1 = erlang:md5_update(Ctx0, ?MODULE:id("hello ")),
    Ctx2 = erlang:md5_update(Ctx1, [<<"wor">>, "ld"]),
    Inc = [sz(Ctx0), sz(Ctx2), erlang:md5_final(Ctx2) =:= erlang:md5("hello world"),
           erlang:md5_final(Ctx0) =:= erlang:md5(<<>>),
           erlang:md5_final(erlang:md5_update(Ctx0, Big)) =:= erlang:md5(Big),
           erlang:md5_final(erlang:md5_update(erlang:md5_update(Ctx0, Unal), Big)) =:= erlang:md5([Unal, Big])],
    Bad = [t(fun() -> erlang:crc32(?MODULE:id(X)) end) || X <- [a, 1, [1 | 2], [256], <<1:7>>, [<<1:1>>], [-1], {}]] ++
          [t(fun() -> erlang:crc32(?MODULE:id(S), <<>>) end) || S <- [-1, 1 bsl 32, a, 1.0]] ++
          [t(fun() -> erlang:adler32(?MODULE:id(S), <<>>) end) || S <- [-1, 1 bsl 32]] ++
          [t(fun() -> erlang:crc32_combine(?MODULE:id(A), B, C) end) || {A, B, C} <- [{-1, 0, 0}, {0, 1 bsl 32, 0}, {0, 0, 1 bsl 32}, {0, 0, -1}]] ++
          [t(fun() -> erlang:adler32_combine(?MODULE:id(A), B, C) end) || {A, B, C} <- [{-1, 0, 0}, {0, 0, 1 bsl 32}]] ++
          [t(fun() -> erlang:md5_update(?MODULE:id(C), <<>>) end) || C <- [<<>>, <<0:87/unit:8>>, <<0:89/unit:8>>, a, <<0:703>>]] ++
          [t(fun() -> erlang:md5_final(?MODULE:id(C)) end) || C <- [<<>>, x]],
    {Crc, Adler, Md5, CrcS, AdlerS, Split, Comb, Inc, Bad}.
