%% Binaries byte by byte: build N bytes by appending one byte at a time, then match them
%% back one byte at a time, and a binary comprehension over the result.
-module(bin_bytes).
-export([start/0, run/1]).

start() -> run(1048576).

run(N) ->
    B = build(0, N, <<>>),
    S = sum(B, 0),
    C = << <<(X bxor 16#5A)>> || <<X>> <= B >>,
    {byte_size(B), S, byte_size(C), binary:last(C), sum(C, 0)}.

build(N, N, Acc) -> Acc;
build(I, N, Acc) -> build(I + 1, N, <<Acc/binary, ((I * 7 + (I bsr 8)) band 255)>>).

sum(<<X, Rest/binary>>, Acc) -> sum(Rest, (Acc + X) band 16#FFFFFF);
sum(<<>>, Acc) -> Acc.
