-module(etf_edge_cases).
-export([start/0, id/1]).

id(X) -> X.

%% Byte size without letting the compiler turn it into byte_size/1.
sz(B) -> size(?MODULE:id(B)).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

nest(0, X) -> X;
nest(N, X) -> nest(N - 1, [X]).

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

cat(L) -> cat(L, <<>>).
cat([], Acc) -> Acc;
cat([B | T], Acc) -> cat(T, <<Acc/binary, B/binary>>).

prefixes(B) -> [P || N <- seq(0, sz(B) - 1), <<P:N/binary, _/binary>> <- [B]].

%% Distinct elements, first occurrence order.
uniq([]) -> [];
uniq([H | T]) -> [H | uniq([X || X <- T, X =/= H])].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip([], []) -> [].

start() ->
    Ints = [-1, -255, -256, 255, 256, 2147483647, -2147483648, 2147483648, -2147483649,
            (1 bsl 2040) - 1, 1 bsl 2040, -((1 bsl 2040) - 1), -(1 bsl 2040), 1 bsl 64, -(1 bsl 64) + 1],
    IntSizes = [sz(term_to_binary(?MODULE:id(I))) || I <- Ints],
    IntHeads = [begin <<H:3/binary, _/binary>> = term_to_binary(?MODULE:id(I)), H end || I <- Ints],
    IntBack = [binary_to_term(term_to_binary(?MODULE:id(I))) =:= I || I <- Ints],
    Floats = [-1.0e-300, 2.2250738585072014e-308, 4.9406564584124654e-324, 123456789.123, -0.5, 1.0e23, 9007199254740993.0],
    F0 = [term_to_binary(?MODULE:id(F), [{minor_version, 0}]) || F <- Floats],
    F1 = [term_to_binary(?MODULE:id(F)) || F <- Floats],
    Strs = [[], [0], seq(0, 255), [255, 256], [1, 2 | 3], [1, 2 | <<3>>], ["a" | "b"]],
    StrEnc = [term_to_binary(?MODULE:id(S)) || S <- Strs],
    LongAtom = list_to_atom(seq(16#3B1, 16#3B1 + 127)),
    AtomEnc = [term_to_binary(?MODULE:id(A), [{minor_version, M}]) || A <- [LongAtom, 'ÿÿ'], M <- [0, 1, 2]],
    BigMap = maps:from_list([{I, {I}} || I <- seq(1, 100)]),
    BigMapEnc = term_to_binary(?MODULE:id(BigMap)),
    BigMapInfo = {sz(BigMapEnc), binary_to_term(BigMapEnc) =:= BigMap, erlang:external_size(BigMap)},
    Deep = nest(?MODULE:id(100000), x),
    DeepEnc = term_to_binary(Deep),
    DeepInfo = {sz(DeepEnc), binary_to_term(DeepEnc) =:= Deep, erlang:phash2(Deep)},
    Trailing = [binary_to_term(?MODULE:id(<<131, 100, 0, 1, 97, 1, 2, 3>>)),
                binary_to_term(?MODULE:id(<<131, 106, 0>>), [used]),
                binary_to_term(?MODULE:id(<<131, 97, 5, 131, 97, 6>>), [used, safe])],
    Valid = term_to_binary(?MODULE:id({[1, 2.5, <<"bin">>, "str", #{k => v}], -70000, 1 bsl 100})),
    Truncated = uniq([t(fun() -> binary_to_term(P) end) || P <- prefixes(Valid)]),
    Comp = term_to_binary(?MODULE:id(seq(1, 200)), [compressed]),
    CompGarbage = binary_to_term(?MODULE:id(<<Comp/binary, 9, 9, 9>>), [used]) =:= {seq(1, 200), sz(Comp)},
    CompTrunc = uniq([t(fun() -> binary_to_term(P) end) || P <- prefixes(Comp)]),
    Sizes = [{erlang:external_size(?MODULE:id(T)), sz(term_to_binary(T)),
              erlang:external_size(T, [{minor_version, 0}]), sz(term_to_binary(T, [{minor_version, 0}]))}
             || T <- [a, 'é', 1.5, [1.5, "x"], {<<1:5>>, #{a => [b]}}, 1 bsl 300, seq(1, 300)]],
    BadSize = [t(fun() -> erlang:external_size(a, ?MODULE:id(O)) end)
               || O <- [[{minor_version, 2}], [compressed], [deterministic], [x], x, [{minor_version, 1} | x]]],
    BadOpts = [t(fun() -> binary_to_term(<<131, 97, 1>>, ?MODULE:id(O)) end) || O <- [[x], x, [safe | used], [{used, true}]]],
    GoodOpts = [term_to_binary(?MODULE:id(a), O) || O <- [[deterministic], [{compressed, 0}, {minor_version, 2}], [compressed, {compressed, 9}], []]],
    Big = term_to_binary(?MODULE:id(seq(1, 300))),
    <<_:10/binary, Sub100:100/binary, _/binary>> = Big,
    <<_:3, Unal:100/binary, _/bitstring>> = Big,
    Iov = [term_to_iovec(?MODULE:id(T)) || T <- [a, Big, Sub100, Unal, <<Big/binary, 5:3>>, [Big, {Big}], <<1:64/unit:8>>, <<1:65/unit:8>>]],
    IovSizes = [[sz(B) || B <- L] || L <- Iov],
    IovSame = [cat(L) =:= term_to_binary(T) || {L, T} <- zip(Iov, [a, Big, Sub100, Unal, <<Big/binary, 5:3>>, [Big, {Big}], <<1:64/unit:8>>, <<1:65/unit:8>>])],
    IovComp = [is_binary(term_to_iovec(?MODULE:id(Big), [compressed])), term_to_iovec(?MODULE:id(x), [{compressed, 0}])],
    X = ?MODULE:id(40),
    Funs = [fun() -> ok end, fun(A) -> A + X end, fun(A, B) -> {A, B, X, [X, Big]} end, fun erlang:abs/1],
    FunSizes = [{erlang:external_size(F), sz(term_to_binary(F))} || F <- Funs],
    FunCalls = [(binary_to_term(term_to_binary(hd(Funs))))(),
                (binary_to_term(term_to_binary(hd(tl(Funs)))))(2),
                (binary_to_term(term_to_binary(hd(tl(tl(Funs))))))(a, b) =:= {a, b, X, [X, Big]},
                (binary_to_term(term_to_binary(hd(tl(tl(tl(Funs)))))))(-9)],
    {FunSizes, FunCalls, IntSizes, IntHeads, IntBack, F0, F1, StrEnc, AtomEnc, BigMapInfo, DeepInfo, Trailing, Truncated,
     CompGarbage, CompTrunc, Sizes, BadSize, BadOpts, GoodOpts, IovSizes, IovSame, IovComp}.
