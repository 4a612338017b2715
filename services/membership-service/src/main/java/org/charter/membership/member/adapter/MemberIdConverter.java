package org.charter.membership.member.adapter;

import org.charter.membership.member.MemberId;
import org.charter.platform.error.NotFound;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A member id from a path or a request field: converted once, here, for every controller. A
 * malformed id names no member, so it is a 404 like any unknown one.
 */
@Component
public final class MemberIdConverter implements Converter<String, MemberId> {

    static {
        // on the web the id is the string it was converted from
        SpringDocUtils.getConfig().replaceWithClass(MemberId.class, String.class);
    }

    @Override
    public MemberId convert(String id) {
        return parse(id);
    }

    public static MemberId parse(String id) {
        if (!MemberId.isValid(id)) {
            throw new NotFound("MEMBER_NOT_FOUND", "no member with id " + id + " is registered (member ids look like CA, USVI, BIE)");
        }
        return MemberId.of(id);
    }
}
