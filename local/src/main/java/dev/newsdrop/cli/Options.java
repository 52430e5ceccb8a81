package dev.newsdrop.cli;

/** Reading option values from a command's arguments. */
final class Options {

    private Options() {
    }

    /** The value after an option, or a usage error naming the option. */
    static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
