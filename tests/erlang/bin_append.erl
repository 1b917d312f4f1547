-module(bin_append).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

app(0, Acc) -> Acc;
app(N, Acc) -> app(N - 1, <<Acc/binary, (N band 255)>>).

app_bits(0, Acc) -> Acc;
app_bits(N, Acc) -> app_bits(N - 1, <<Acc/bits, (N band 1):1>>).

app16(0, Acc) -> Acc;
app16(N, Acc) -> app16(N - 1, <<Acc/binary, N:16/little>>).

prepend(0, Acc) -> Acc;
prepend(N, Acc) -> prepend(N - 1, <<(N band 255), Acc/binary>>).

sum(<<>>, S) -> S;
sum(<<X, R/binary>>, S) -> sum(R, S + X).

sum16(<<>>, S) -> S;
sum16(<<X:16/little, R/binary>>, S) -> sum16(R, S + X).

ones(<<>>, N) -> N;
ones(<<1:1, R/bits>>, N) -> ones(R, N + 1);
ones(<<0:1, R/bits>>, N) -> ones(R, N).

%% build two binaries sharing a prefix (append must not clobber)
shared() ->
    Base = app(?I(100), <<>>),
    A = <<Base/binary, "A">>,
    B = <<Base/binary, "B">>,
    C = <<A/binary, "C">>,
    D = <<A/binary, "D">>,
    {binary:last(A), binary:last(B), binary:last(C), binary:last(D), byte_size(C), byte_size(Base),
     binary:part(C, 99, 3), binary:part(D, 99, 3)}.

start() ->
    B1 = app(?I(100000), <<>>),
    B2 = app_bits(?I(100003), <<>>),
    B3 = app16(?I(50000), <<>>),
    P = prepend(?I(5000), <<>>),
    [
     byte_size(B1), sum(B1, 0), binary:part(B1, 0, 5), binary:part(B1, 99995, 5),
     bit_size(B2), byte_size(B2), ones(B2, 0),
     byte_size(B3), sum16(B3, 0),
     byte_size(P), binary:part(P, 0, 4), sum(P, 0),
     shared(),
     app(?I(10), ?I(<<"start">>)),
     app_bits(?I(5), ?I(<<1:3>>)),
     iolist_size([B1, B3]),
     byte_size(<<B1/binary, B1/binary, B3/binary>>)
    ].
