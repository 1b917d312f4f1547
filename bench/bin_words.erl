%% Binaries word by word: build N bytes by appending 32-bit big-endian words, then match
%% them back as 32-bit words, as 16-bit little-endian halves and with a sub-binary split.
%% run({N, Reps}) does it Reps times (OTP needs only ~10 ms for 1 MiB).
-module(bin_words).
-export([start/0, run/1]).

start() -> run({1048576, 8}).

run({N, Reps}) -> rep(Reps, N, []);
run(N) -> run({N, 1}).

rep(0, _, Acc) -> Acc;
rep(R, N, Acc) ->
    B = build(R, N div 4 + R, <<>>),
    rep(R - 1, N, [{byte_size(B), words(B, 0), halves(B, 0), chunks(B, 0)} | Acc]).

build(N, N, Acc) -> Acc;
build(I, N, Acc) -> build(I + 1, N, <<Acc/binary, ((I * 2654435761) band 16#FFFFFFF):32>>).

words(<<W:32, Rest/binary>>, Acc) -> words(Rest, Acc bxor (W + (Acc band 16#FFFF)));
words(<<>>, Acc) -> Acc.

halves(<<H:16/little, Rest/binary>>, Acc) -> halves(Rest, (Acc * 3 + H) band 16#FFFFFFF);
halves(<<>>, Acc) -> Acc.

%% 64-byte chunks: sub-binaries and byte_size.
chunks(<<C:64/binary, Rest/binary>>, Acc) ->
    <<A:8, _:48/binary, Z:8, _/binary>> = C,
    chunks(Rest, (Acc + A + Z + byte_size(C)) band 16#FFFFFFF);
chunks(_, Acc) -> Acc.
