package org.charter.membership.representative.adapter;

import org.charter.membership.representative.PersonId;
import org.charter.platform.error.NotFound;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** A person id from a path: a malformed one names no representative (404). */
@Component
final class PersonIdConverter implements Converter<String, PersonId> {

    static {
        // on the web the id is the string it was converted from
        SpringDocUtils.getConfig().replaceWithClass(PersonId.class, String.class);
    }

    @Override
    public PersonId convert(String id) {
        if (!id.matches(RepresentativeRequests.PERSON_ID)) {
            throw new NotFound("REPRESENTATIVE_NOT_FOUND", id + " is not a person id");
        }
        return PersonId.of(id);
    }
}
