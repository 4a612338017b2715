package org.charter.membership.collaborative.adapter;

import org.charter.membership.collaborative.CollaborativeId;
import org.charter.platform.error.CharterException;
import org.charter.platform.error.NotFound;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** A collaborative id from a path: a malformed one names no collaborative (404). */
@Component
final class CollaborativeIdConverter implements Converter<String, CollaborativeId> {

    static {
        // on the web the id is the string it was converted from
        SpringDocUtils.getConfig().replaceWithClass(CollaborativeId.class, String.class);
    }

    @Override
    public CollaborativeId convert(String id) {
        try {
            return CollaborativeId.of(id);
        } catch (CharterException malformed) {
            throw new NotFound("COLLABORATIVE_NOT_FOUND", "no collaborative with id " + id);
        }
    }
}
