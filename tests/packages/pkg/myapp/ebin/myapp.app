%% The resource file of the test application (tests/packages/app_file.erl).
{application, myapp,
 [{description, "An application loaded from its .app file"},
  {vsn, "1.0.0"},
  {modules, [app_file]},
  {registered, [myapp_sup]},
  {applications, [kernel, stdlib]},
  {mod, {app_file, [from_app_file]}},
  {env, [{greeting, "hello"}, {count, 3}]}]}.
