package org.charter.platform.web;

import java.util.Set;
import java.util.function.Function;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Converts a path or query value into a service's id type once, for every controller
 * ({@code @PathVariable MemberId id}), and keeps it a string in the OpenAPI document. The parse
 * function refuses a value that names nothing with the service's own refusal (e.g. 404
 * {@code MEMBER_NOT_FOUND} for a malformed member id), which the platform answers as it is.
 * Declare one bean per id type: {@code @Bean IdConverter<MemberId> memberIds() {...}}.
 */
public final class IdConverter<T> implements GenericConverter {

    private final Class<T> type;
    private final Function<String, T> parse;

    private IdConverter(Class<T> type, Function<String, T> parse) {
        this.type = type;
        this.parse = parse;
        SpringDocUtils.getConfig().replaceWithClass(type, String.class);
    }

    public static <T> IdConverter<T> of(Class<T> type, Function<String, T> parse) {
        return new IdConverter<>(type, parse);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, type));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return source == null ? null : parse.apply((String) source);
    }
}
