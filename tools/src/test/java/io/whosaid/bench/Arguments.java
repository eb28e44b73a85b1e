package io.whosaid.bench;

import java.util.List;

/** The few command-line options the bench tools take: {@code --name value} and {@code --flag}. */
final class Arguments {

    private final List<String> args;

    Arguments(String[] args) {
        this.args = List.of(args);
    }

    boolean flag(String name) {
        return args.contains(name);
    }

    String value(String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(at + 1);
    }

    int intValue(String name, int fallback) {
        return Integer.parseInt(value(name, Integer.toString(fallback)).replace("_", ""));
    }

    long longValue(String name, long fallback) {
        return Long.parseLong(value(name, Long.toString(fallback)).replace("_", ""));
    }
}
