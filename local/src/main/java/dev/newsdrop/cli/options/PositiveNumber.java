package dev.newsdrop.cli.options;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count of at least one ({@code --pages}, {@code --runs}): anything else is a usage error. */
public final class PositiveNumber implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new TypeConversionException("'" + value + "' is not a positive number");
    }
}
