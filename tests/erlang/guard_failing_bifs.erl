-module(guard_failing_bifs).
-export([start/0, id/1]).

id(X) -> X.

c1(T) when element(5, T) =:= 1 -> fifth_is_one;
c1(_) -> fallthrough.

c2(L) when hd(L) > 0 -> pos_head;
c2(_) -> fallthrough.

c3(L) when length(L) >= 0 -> proper;
c3(_) -> improper_or_not_list.

c4(X) when abs(X) > 10 -> big;
c4(_) -> fallthrough.

c5(X) when X + 1 > 0 -> arith_ok;
c5(_) -> fallthrough.

c6(X) when tuple_size(X) =:= 2 -> pair;
c6(_) -> fallthrough.

c7(X) when byte_size(X) =:= 1; bit_size(X) =:= 3 -> small_bin;
c7(_) -> fallthrough.

c8(M) when map_get(k, M) =:= 1 -> k_is_one;
c8(_) -> fallthrough.

c9(M) when is_map_key(k, M) -> has_k;
c9(_) -> fallthrough.

c10(X) when trunc(X) =:= 3 -> three;
c10(_) -> fallthrough.

c11(X) when float(X) > 2.0 -> float_big;
c11(_) -> fallthrough.

c12(B) when binary_part(B, 1, 2) =:= <<"bc">> -> part_bc;
c12(_) -> fallthrough.

c13(X) when map_size(X) > 0 -> nonempty_map;
c13(_) -> fallthrough.

c14(X) when X div 2 =:= 1 -> div_ok;
c14(_) -> fallthrough.

c15(X) when not (X > 1) -> not_gt;
c15(_) -> fallthrough.

c16(X) when (X bsl 1) > 4 -> shifted;
c16(_) -> fallthrough.

start() ->
    {[c1(?MODULE:id(V)) || V <- [{0, 0, 0, 0, 1}, {1, 2}, not_tuple, {0, 0, 0, 0, 2}]],
     [c2(?MODULE:id(V)) || V <- [[1], [], a, [-1]]],
     [c3(?MODULE:id(V)) || V <- [[1, 2], [], [1 | 2], a]],
     [c4(?MODULE:id(V)) || V <- [11, -20, 5, a]],
     [c5(?MODULE:id(V)) || V <- [1, a, "x", -5]],
     [c6(?MODULE:id(V)) || V <- [{1, 2}, {1}, [1, 2], a]],
     [c7(?MODULE:id(V)) || V <- [<<1>>, <<1:3>>, <<1, 2>>, a, "a"]],
     [c8(?MODULE:id(V)) || V <- [#{k => 1}, #{k => 2}, #{}, [k]]],
     [c9(?MODULE:id(V)) || V <- [#{k => 1}, #{}, not_a_map]],
     [c10(?MODULE:id(V)) || V <- [3.7, -3.7, 3, a]],
     [c11(?MODULE:id(V)) || V <- [3, 1, a, 2.5]],
     [c12(?MODULE:id(V)) || V <- [<<"abcd">>, <<"ab">>, <<"xbcx">>, abc]],
     [c13(?MODULE:id(V)) || V <- [#{a => 1}, #{}, [], {}]],
     [c14(?MODULE:id(V)) || V <- [2, 3, 0, a, 2.0]],
     [c15(?MODULE:id(V)) || V <- [1, 2, a]],
     [c16(?MODULE:id(V)) || V <- [3, 2, a, 1.5]]}.
