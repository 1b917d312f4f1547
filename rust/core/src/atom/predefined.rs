//! Atoms the VM names in its own code, interned at fixed indices so that Rust code can use
//! them as constants.

use crate::term::Term;

macro_rules! atoms {
    ($($id:ident = $s:literal),* $(,)?) => {
        /// Names of the predefined atoms, in index order.
        pub static PREDEFINED: &[&str] = &[$($s),*];
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u32)]
        enum Idx { $($id),* }
        $(pub const $id: Term = Term::atom(Idx::$id as u32);)*
    };
}

atoms! {
    FALSE = "false", TRUE = "true", OK = "ok", ERROR = "error", UNDEFINED = "undefined",
    NIL_ATOM = "nil", BADARG = "badarg", BADARITH = "badarith", BADMATCH = "badmatch",
    CASE_CLAUSE = "case_clause", FUNCTION_CLAUSE = "function_clause", IF_CLAUSE = "if_clause",
    TRY_CLAUSE = "try_clause", UNDEF = "undef", BADFUN = "badfun", BADARITY = "badarity",
    BADKEY = "badkey", BADMAP = "badmap", BADRECORD = "badrecord", SYSTEM_LIMIT = "system_limit",
    THROW = "throw", EXIT = "exit", NORMAL = "normal", EXIT_UPPER = "EXIT", ERLANG = "erlang",
    LISTS = "lists", MAPS = "maps", FILE = "file", LINE = "line", START = "start",
    INFINITY = "infinity", KILL = "kill", KILLED = "killed", NOPROC = "noproc",
    ALL = "all", LATIN1 = "latin1", UNICODE = "unicode", UTF8 = "utf8", UTF16 = "utf16",
    UTF32 = "utf32", BIG = "big", LITTLE = "little", NATIVE = "native", INCOMPLETE = "incomplete",
    DECIMALS = "decimals", SCIENTIFIC = "scientific", COMPACT = "compact", SHORT = "short",
    COMPRESSED = "compressed", MINOR_VERSION = "minor_version", DETERMINISTIC = "deterministic",
    SAFE = "safe", USED = "used", GLOBAL = "global", SCOPE = "scope", TRIM = "trim",
    TRIM_ALL = "trim_all", INSERT_REPLACED = "insert_replaced", VALUE = "value",
    ARITY = "arity", MODULE = "module", NAME = "name", ENV = "env", TYPE = "type",
    EXTERNAL = "external", LOCAL = "local", INDEX = "index", UNIQ = "uniq", NEW_INDEX = "new_index",
    NEW_UNIQ = "new_uniq", PID = "pid", UNDEFINED_FUNCTION = "undefined_function",
    ERROR_INFO = "error_info", CAUSE = "cause", NOMATCH = "nomatch", BADFILE = "badfile",
    MODULE_INFO = "module_info", EXPORTS = "exports", FUNCTIONS = "functions",
    ATTRIBUTES = "attributes", COMPILE = "compile", MD5 = "md5", NATIVE_ATOM = "native_addresses",
    NONODE = "nonode@nohost", NOCOOKIE = "nocookie", ATOMVM = "atomvm", TIMEOUT = "timeout",
    SECOND = "second", MILLISECOND = "millisecond", MICROSECOND = "microsecond",
    NANOSECOND = "nanosecond", PERF_COUNTER = "perf_counter",
    SECONDS = "seconds", MILLI_SECONDS = "milli_seconds", MICRO_SECONDS = "micro_seconds",
    NANO_SECONDS = "nano_seconds", EMPTY = "", REASON = "reason", POSITION = "position",
    INVALID = "invalid", UNKNOWN = "unknown", ITERATOR = "iterator", ORDERED = "ordered",
    REVERSED = "reversed", DOWN = "DOWN", PROCESS = "process", NODE = "node",
    TIMEOUT_VALUE = "timeout_value", LINK = "link", MONITOR = "monitor", PRIORITY = "priority",
    LOW = "low", HIGH = "high", MAX = "max", MIN_HEAP_SIZE = "min_heap_size",
    MAX_HEAP_SIZE = "max_heap_size", FULLSWEEP_AFTER = "fullsweep_after", TRAP_EXIT = "trap_exit",
    TOTAL_HEAP_SIZE = "total_heap_size", STACK_SIZE = "stack_size",
    MESSAGE_QUEUE_LEN = "message_queue_len", MESSAGES = "messages", MEMORY = "memory",
    LINKS = "links", MONITORS = "monitors", MONITORED_BY = "monitored_by",
    REGISTERED_NAME = "registered_name", STATUS = "status", REDUCTIONS = "reductions",
    CURRENT_FUNCTION = "current_function", DICTIONARY = "dictionary", GROUP_LEADER = "group_leader",
    RUNNING = "running", RUNNABLE = "runnable", WAITING = "waiting", SUSPENDED = "suspended",
    INITIAL_CALL = "initial_call", FLUSH = "flush", INFO = "info", PORT = "port",
    MIN_BIN_VHEAP_SIZE = "min_bin_vheap_size", MESSAGE_QUEUE_DATA = "message_queue_data",
    SENSITIVE = "sensitive", ABS = "abs", SHUTDOWN = "shutdown",
    GARBAGE_COLLECTION = "garbage_collection", ERROR_LOGGER = "error_logger", SIZE = "size",
    ABORT = "abort", WORDSIZE = "wordsize", PROCESS_COUNT = "process_count",
    PROCESS_LIMIT = "process_limit", ATOM_COUNT = "atom_count", ATOM_LIMIT = "atom_limit",
    PORT_COUNT = "port_count", SCHEDULERS = "schedulers", SCHEDULERS_ONLINE = "schedulers_online",
    LOGICAL_PROCESSORS = "logical_processors", OTP_RELEASE = "otp_release", VERSION = "version",
    MACHINE = "machine", SYSTEM_VERSION = "system_version", SYSTEM_ARCHITECTURE = "system_architecture",
    PLATFORM = "platform", RUNTIME = "runtime", WALL_CLOCK = "wall_clock", RUN_QUEUE = "run_queue",
    TOTAL_RUN_QUEUE_LENGTHS = "total_run_queue_lengths", TOTAL = "total", PROCESSES = "processes",
    POSITIVE = "positive", MONOTONIC = "monotonic", ASYNC = "async", CANCEL_TIMER = "cancel_timer",
    NOTALIVE = "notalive", OUT_OF_MEMORY = "out_of_memory", HEAP_SIZE = "heap_size",
    PUT = "put", CAPTURE = "capture", NOCATCH = "nocatch", BADOPT = "badopt",
    RAISE = "raise", EXCEPTION_FROM = "exception_from", FUN = "fun",
    STACKTRACE = "stacktrace", ERROR_HANDLER = "error_handler", UNDEFINED_LAMBDA = "undefined_lambda",
    IOLIST = "iolist", APPLY = "apply", CODE = "code", LOAD = "load",
    EOF = "eof", CONSOLE_IO = "console_io", BOOT = "boot", USER = "user", INIT = "init",
    HIBERNATE = "hibernate",
    ALIAS = "alias", DEMONITOR = "demonitor", REPLY_DEMONITOR = "reply_demonitor",
    EXPLICIT_UNALIAS = "explicit_unalias", REPLY = "reply",
}
