package org.charter.membership.member.adapter;

import org.charter.membership.member.MemberId;
import org.charter.platform.error.NotFound;
import org.charter.platform.web.IdConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Member ids from paths and request fields: a malformed id names no member, so it is a 404 like any unknown one. */
@Configuration(proxyBeanMethods = false)
public class MemberIdConverter {

    @Bean
    IdConverter<MemberId> memberIds() {
        return IdConverter.of(MemberId.class, MemberIdConverter::parse);
    }

    public static MemberId parse(String id) {
        if (!MemberId.isValid(id)) {
            throw new NotFound("MEMBER_NOT_FOUND", "no member with id " + id + " is registered (member ids look like CA, USVI, BIE)");
        }
        return MemberId.of(id);
    }
}
