-module(conv_unicode).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch Cl:Rs -> {Cl, Rs} end.

%% The exact shape of the rest in {error, Done, Rest} is not specified:
%% flatten it to a list of integers (bytes for binaries).
norm({Tag, Done, Rest}) when Tag =:= error; Tag =:= incomplete -> {Tag, Done, flat(Rest, [])};
norm(X) -> X.

flat([], Acc) -> Acc;
flat([H | T], Acc) -> flat(H, flat(T, Acc));
flat(B, Acc) when is_binary(B) -> binary_to_list(B) ++ Acc;
flat(X, Acc) -> [X | Acc].

start() ->
    Str = ?MODULE:id([$h, 233, 16#3B1, 16#4E2D, 16#1F600]),
    Utf8 = unicode:characters_to_binary(Str),
    Utf8b = unicode:characters_to_binary(Str, unicode, utf8),
    Utf16 = unicode:characters_to_binary(Str, unicode, utf16),
    Utf16le = unicode:characters_to_binary(Str, unicode, {utf16, little}),
    Utf32 = unicode:characters_to_binary(Str, unicode, utf32),
    Latin1Out = unicode:characters_to_binary(?MODULE:id([$a, 233, 255]), unicode, latin1),
    Latin1Bad = norm(t(fun() -> unicode:characters_to_binary(?MODULE:id([$a, 16#3B1, $b]), unicode, latin1) end)),
    Back = [unicode:characters_to_list(?MODULE:id(Utf8)), unicode:characters_to_list(Utf8, utf8),
            unicode:characters_to_list(Utf16, utf16), unicode:characters_to_list(Utf16le, {utf16, little}),
            unicode:characters_to_list(Utf32, utf32)],
    FromLatin1 = [unicode:characters_to_binary(?MODULE:id(<<233, 255>>), latin1),
                  unicode:characters_to_list(?MODULE:id(<<233, 255>>), latin1),
                  unicode:characters_to_binary(?MODULE:id(<<233>>), latin1, utf8)],
    Mixed = [unicode:characters_to_binary(?MODULE:id(["ab", <<"c", 206, 177>>, [16#3B2 | <<"d">>]])),
             unicode:characters_to_list(?MODULE:id([<<"x">>, "y", [<<206, 177>>]]))],
    Errors = [norm(E) || E <- [unicode:characters_to_binary(?MODULE:id([$a, -1])),
              unicode:characters_to_binary(?MODULE:id(<<$a, 255, $b>>)),
              unicode:characters_to_list(?MODULE:id(<<$a, 255>>)),
              unicode:characters_to_binary(?MODULE:id(<<$a, 206>>)),
              unicode:characters_to_list(?MODULE:id(<<$a, 206>>)),
              unicode:characters_to_binary(?MODULE:id([$a, 16#D800]))]],
    BadArg = [t(fun() -> unicode:characters_to_binary(?MODULE:id(X)) end) || X <- [a, 1, [a], {1}]],
    BadListArg = [t(fun() -> unicode:characters_to_list(?MODULE:id(X)) end) || X <- [a, [1.0]]],
    {Utf8, Utf8b, Utf16, Utf16le, Utf32, Latin1Out, Latin1Bad, Back, FromLatin1, Mixed, Errors, BadArg, BadListArg}.
