package org.charter.membershiproll.domain;

import org.charter.platform.test.DomainJar;
import org.junit.jupiter.api.Test;

/** The roll's plain part is a library of its own, to go with the domain jars of the services that follow membership. */
class DomainJarIT {

    @Test
    void the_domain_jar_holds_the_facts_and_the_roll_and_nothing_of_spring() {
        DomainJar.check("org.charter.membershiproll", "member/MembershipFact", "member/MemberRecord", "member/Roll");
    }
}
