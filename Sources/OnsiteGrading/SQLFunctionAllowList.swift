/// Functions an untrusted query may call: pure computation over its inputs, linear in their size. Everything else
/// (load_extension, fts3_tokenizer, randomblob, zeroblob, sqlite_* introspection, …) is refused by the authorizer.
/// printf/format are refused too: `printf('%.*c', 2000000000, 'x')` spins for seconds inside one call, where the
/// progress handler cannot interrupt it.
enum SQLFunctionAllowList {
    static let names: Set<String> = [
        // aggregates
        "avg", "count", "group_concat", "max", "min", "sum", "total", "string_agg",
        // windows
        "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
        "first_value", "last_value", "nth_value",
        // core scalars
        "abs", "char", "coalesce", "glob", "hex", "ifnull", "iif", "instr", "length", "like",
        "likelihood", "likely", "lower", "ltrim", "max", "min", "nullif", "octet_length", "quote",
        "replace", "round", "rtrim", "sign", "substr", "substring", "trim", "typeof", "unicode", "unlikely",
        "upper", "concat", "concat_ws", "unhex",
        // date and time
        "date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff",
        // math
        "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos", "cosh", "degrees",
        "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power", "radians", "sin", "sinh",
        "sqrt", "tan", "tanh", "trunc",
        // JSON
        "json", "json_array", "json_array_length", "json_extract", "json_insert", "json_object", "json_patch",
        "json_quote", "json_remove", "json_replace", "json_set", "json_type", "json_valid", "json_group_array",
        "json_group_object", "json_each", "json_tree",
    ]
}
