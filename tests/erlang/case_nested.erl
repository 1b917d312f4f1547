-module(case_nested).
-export([start/0, id/1]).

id(X) -> X.

classify(X) ->
    case X of
        {A, B} ->
            case A of
                0 -> {zero_first, B};
                _ when is_integer(A) ->
                    case B of
                        [] -> {int_empty, A};
                        [H | _] ->
                            case H of
                                {k, V} -> {int_kv, A, V};
                                _ -> {int_list, A, H}
                            end;
                        _ -> {int_other, A}
                    end;
                _ -> {pair, A}
            end;
        [_ | _] = L ->
            case length(L) of
                N when N > 3 -> long;
                N -> {short, N}
            end;
        _ -> scalar
    end.

%% case expression used as a value inside another case's guardless clause
sum_kinds(L) -> sum_kinds(L, 0, 0, 0).
sum_kinds([], I, F, O) -> {I, F, O};
sum_kinds([H | T], I, F, O) ->
    {I2, F2, O2} = case H of
                       _ when is_integer(H) -> {I + H, F, O};
                       _ when is_float(H) -> {I, F + H, O};
                       _ -> {I, F, O + 1}
                   end,
    sum_kinds(T, I2, F2, O2).

%% case with variables exported from all branches
export(X) ->
    case X of
        {a, V} -> Tag = first, Val = V;
        {b, V} -> Tag = second, Val = V * 2;
        _ -> Tag = other, Val = none
    end,
    {Tag, Val}.

start() ->
    [
     [classify(?MODULE:id(X)) || X <- [{0, x}, {5, []}, {5, [{k, v}]}, {5, [z]}, {5, q}, {a, b},
                                       [1, 2], [1, 2, 3, 4], 7, {1, 2, 3}]],
     sum_kinds(?MODULE:id([1, 2.5, a, 3, 0.5, "s", 10])),
     [export(?MODULE:id(X)) || X <- [{a, 1}, {b, 2}, {c, 3}]],
     case case ?MODULE:id(1) of 1 -> one; _ -> other end of
         one -> nested_case_value;
         _ -> no
     end
    ].
