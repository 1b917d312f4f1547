-module(math_trig).
-export([start/0, id/1]).

id(X) -> X.

%% Results are rounded to 12 significant digits to be robust against
%% last-bit differences between libm implementations.
r(X) when is_float(X) -> round(X * 1.0e12) / 1.0e12;
r(X) -> X.

start() ->
    Angles = [?MODULE:id(A) || A <- [0.0, 0.5, 1.0, -1.0, 1.5707963267948966, 3.141592653589793, 2, 10, -100]],
    Sin = [r(math:sin(A)) || A <- Angles],
    Cos = [r(math:cos(A)) || A <- Angles],
    Tan = [r(math:tan(A)) || A <- Angles, A =/= 1.5707963267948966],
    Units = [?MODULE:id(V) || V <- [-1.0, -0.5, 0.0, 0.5, 1, 0.9999]],
    ASin = [r(math:asin(V)) || V <- Units],
    ACos = [r(math:acos(V)) || V <- Units],
    ATan = [r(math:atan(?MODULE:id(V))) || V <- [-1.0e10, -1, 0, 0.5, 1.0, 1.0e10]],
    ATan2 = [r(math:atan2(?MODULE:id(Y), X)) || {Y, X} <- [{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, 1}, {1, 0}, {0.0, -1.0}, {3, 4}]],
    Ident = [abs(math:sin(?MODULE:id(A)) * math:sin(A) + math:cos(A) * math:cos(A) - 1.0) < 1.0e-12 || A <- Angles],
    Pi = math:pi(),
    Exact = [math:sin(?MODULE:id(0)), math:cos(?MODULE:id(0)), math:atan(?MODULE:id(0)), math:asin(?MODULE:id(1.0)) * 2 == Pi],
    Ints = [is_float(math:sin(?MODULE:id(1))), is_float(math:cos(?MODULE:id(1 bsl 40)))],
    {Sin, Cos, Tan, ASin, ACos, ATan, ATan2, Ident, Pi, Exact, Ints}.
