package io.github.streamcause.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of an option whose type is an enum, in any case ({@code --category client}), rejected with the
 * message every option of the command uses: {@code expected one of text, json, got 'xml'} (the shape of
 * {@link Language}'s). {@link Main} registers one for every enum type an option of a command has.
 *
 * @param <E> the enum
 */
final class EnumValue<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumValue(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
            names.add(constant.name());
        }
        throw new TypeConversionException(expected(names, value));
    }

    /** {@code expected one of a, b, got 'x'}: the shape of every bad value's message. */
    static String expected(List<String> values, String value) {
        return "expected one of " + String.join(", ", values) + ", got '" + value + "'";
    }
}
