%% Appending to binaries where in-place growth must not be observable: shared
%% accumulators, appends to matched-out tails and sub-binaries, unaligned appends, appends
%% across garbage collections and after the binary went to another process; and integer
%% fields read and written at every width up to 64 bits, signed and little-endian.
-module(bin_append_edges).
-export([start/0, id/1]).
-define(I(X), (?MODULE:id(X))).

id(X) -> X.

app(0, Acc) -> Acc;
app(N, Acc) -> app(N - 1, <<Acc/binary, (N * 7 band 255)>>).

app32(0, Acc) -> Acc;
app32(N, Acc) -> app32(N - 1, <<Acc/binary, (N * 2654435761 band 16#FFFFFFFF):32>>).

%% An accumulator appended to twice: the second append must copy, not overwrite.
shared_twice() ->
    Base = app(?I(300), <<>>),
    A = <<Base/binary, 1, 2, 3>>,
    B = <<Base/binary, 9>>,
    A2 = <<A/binary, 4>>,
    B2 = <<B/binary, 10>>,
    A3 = <<A/binary, 5>>,
    {byte_size(A), binary:part(A, 297, 6), binary:part(B, 297, 4), binary:part(A2, 300, 4),
     binary:part(B2, 299, 3), binary:part(A3, 300, 4), Base =:= binary:part(A3, 0, 300)}.

%% Appending to a tail matched out of a larger binary (not at the fill mark).
after_match() ->
    Big = app(?I(1000), <<>>),
    <<Head:500/binary, Tail/binary>> = Big,
    H2 = <<Head/binary, "xyz">>,
    T2 = <<Tail/binary, "end">>,
    {byte_size(H2), binary:part(H2, 498, 5), byte_size(T2), binary:part(T2, 498, 5),
     binary:part(Big, 498, 4), Big =:= <<Head/binary, Tail/binary>>}.

%% Sub-binaries taken from an appended binary keep their bytes while it grows further.
subs_of_appended() ->
    B1 = app(?I(600), <<>>),
    S1 = binary:part(B1, 590, 10),
    <<_:100/binary, S2:20/binary, _/binary>> = B1,
    B2 = app(?I(2000), B1),
    B3 = <<B1/binary, 0:8000>>,
    {S1, S2, binary:part(B2, 590, 10) =:= S1, byte_size(B2), byte_size(B3),
     binary:part(B3, 600, 3)}.

%% Appends that leave the accumulator at a non-byte boundary.
unaligned() ->
    U = lists:foldl(fun(I, Acc) -> <<Acc/bits, (I band 7):3>> end, <<>>, lists:seq(1, 999)),
    U2 = <<U/bits, 16#ABCD:16, 1:1>>,
    U3 = <<U/bits, 0:5>>,
    <<_:2990, Last:7/bits>> = U,
    {bit_size(U), bit_size(U2), bit_size(U3), Last, binary:part(U3, 370, 5),
     [X || <<X:3>> <= binary:part(U3, 0, 3)],
     lists:foldl(fun(I, Acc) -> <<Acc/bits, I:5/little>> end, <<1:1>>, lists:seq(1, 20))}.

%% Appends with garbage collections in between.
across_gc(0, Acc) -> Acc;
across_gc(N, Acc) ->
    N rem 97 =:= 0 andalso erlang:garbage_collect(),
    across_gc(N - 1, <<Acc/binary, N:16>>).

%% A large appended binary sent to another process, appended to on both sides.
in_message() ->
    B = app32(?I(5000), <<>>),
    Self = self(),
    P = spawn(fun() ->
                      receive {From, Bin} ->
                              Mine = <<Bin/binary, "child">>,
                              From ! {self(), byte_size(Mine), binary:part(Mine, 19998, 7), Mine}
                      end
              end),
    P ! {Self, B},
    Ours = <<B/binary, "parent">>,
    receive
        {P, Size, Part, Theirs} ->
            {Size, Part, byte_size(Ours), binary:part(Ours, 19998, 8),
             binary:part(Theirs, 0, 20000) =:= B, <<Theirs/binary, 1>> =/= <<Ours/binary, 1>>}
    end.

%% Integer fields of every width: written and read back, small and big, both endians.
widths() ->
    Vals = [0, 1, -1, 127, -128, 255, 16#7FFFFFF, 16#8000000, -16#8000000, 16#FFFFFFF,
            16#7FFFFFFF, 16#80000000, 16#FFFFFFFF, -16#80000000, 16#123456789ABCDEF,
            -16#123456789ABCDEF, 16#FFFFFFFFFFFFFFFF],
    [{W, [begin
              B = <<(?I(V)):W, (?I(V)):W/little, (?I(V)):W/signed, 5:3>>,
              <<U:W, L:W/little, S:W/signed, 5:3>> = B,
              <<_:1, UU:W, LL:W/little-signed, _/bits>> = <<1:1, B/bits>>,
              {U, L, S, UU, LL}
          end || V <- Vals]}
     || W <- [1, 3, 7, 8, 9, 12, 15, 16, 17, 24, 27, 28, 29, 31, 32, 33, 40, 48, 56, 60, 63, 64]].

%% Appends of small and big (up to 64-bit) values, negative ones too, at widths whose
%% fields cut them.
app_big() ->
    Vals = [16#7FFFFFF, 16#8000000, 16#FFFFFFFF, -16#80000001, 16#123456789ABCDEF0,
            -16#123456789ABCDEF0, 16#FFFFFFFFFFFFFFFF, -16#FFFFFFFFFFFFFFFF, 1 bsl 64, -(1 bsl 70)],
    B = lists:foldl(fun({V, W}, Acc) -> <<Acc/binary, (?I(V)):W>> end, app(?I(300), <<>>),
                    [{V, W} || V <- Vals, W <- [8, 16, 24, 32, 40, 64]]),
    L = lists:foldl(fun({V, W}, Acc) -> <<Acc/bits, (?I(V)):W/little>> end, <<1:3>>,
                    [{V, W} || V <- Vals, W <- [12, 16, 33, 64]]),
    {byte_size(B), binary:part(B, 300, byte_size(B) - 300), L}.

sum32(<<W:32, R/binary>>, A) -> sum32(R, (A + W) band 16#FFFFFFFFF);
sum32(<<>>, A) -> A.

start() ->
    G = across_gc(?I(3000), <<>>),
    [shared_twice(),
     after_match(),
     subs_of_appended(),
     unaligned(),
     {byte_size(G), binary:part(G, 0, 4), binary:part(G, 5996, 4)},
     in_message(),
     sum32(app32(?I(4096), <<>>), 0),
     app_big(),
     widths()].
