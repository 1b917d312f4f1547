-module(tuple_records).
-export([start/0, id/1]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 18, email = undefined, tags = []}).
-record(empty, {}).
-record(line, {from = #point{}, to = #point{x = 1, y = 1}}).
-record(typed, {a = 1 :: integer(), b :: atom() | undefined, c = [] :: list()}).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    P = ?MODULE:id(#point{x = 3}),
    Per = ?MODULE:id(#person{name = "bob"}),
    L = ?MODULE:id(#line{}),
    [
     P, Per, L, #empty{}, #typed{},
     P#point.x, P#point.y,
     (P#point{y = 7})#point.y,
     P#point{x = 10, y = 20},
     Per#person.age, Per#person.email, Per#person.tags,
     Per#person{age = 42, tags = [a]},
     #point.x, #point.y, #person.name, #person.tags,
     record_info(fields, point), record_info(size, point),
     record_info(fields, person), record_info(size, person),
     record_info(fields, empty), record_info(size, empty),
     is_record(P, point), is_record(P, person), is_record(P, point, 3), is_record(P, point, 4),
     is_record(?MODULE:id({point, 1}), point),
     is_record(?MODULE:id({point, 1, 2}), point),
     is_record(?MODULE:id(point), point),
     erlang:is_record(?MODULE:id({empty}), empty),
     guard_rec(P), guard_rec(Per), guard_rec(?MODULE:id({other})),
     match_rec(P), match_rec(?MODULE:id(#point{x = 5, y = 5})),
     match_rec(Per),
     L#line.to#point.x,
     (L#line{from = #point{x = 9}})#line.from#point.x,
     nested_update(L),
     t(fun() -> (?MODULE:id({notpoint, 1, 2}))#point.x end),
     t(fun() -> (?MODULE:id({point, 1}))#point.x end),
     t(fun() -> (?MODULE:id(foo))#point{x = 1} end),
     tuple_size(P), element(1, P),
     #point{_ = 7},
     #person{name = n, _ = z},
     [X || #point{x = X} <- ?MODULE:id([#point{x = 1}, {foo}, #point{x = 2}, #person{}])],
     setelement(#point.y, P, 99),
     Per#person{name = Per#person.name ++ "by"},
     default_from_fun(), 
     lists:keyfind(2, #point.x, ?MODULE:id([#point{x = 1, y = a}, #point{x = 2, y = b}])),
     #typed{b = x}#typed.b
    ].

guard_rec(R) when is_record(R, point) -> point;
guard_rec(R) when is_record(R, person, 5) -> person;
guard_rec(_) -> other.

match_rec(#point{x = X, y = X}) -> {diag, X};
match_rec(#point{x = X}) -> {pt, X};
match_rec(#person{name = N, age = A}) when A >= 18 -> {adult, N};
match_rec(_) -> none.

nested_update(L = #line{to = T}) ->
    L#line{to = T#point{y = T#point.y + 100}}.

-record(dflt, {a = ?MODULE:id(1) + 1, b = self_ref}).
default_from_fun() -> #dflt{}.
