package org.charter.web.signin;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charter.web.dev-sign-in}: the development login of the embedded default. Off unless
 * {@code enabled} (the devstack turns it on, as it turns on the gateway's development tokens);
 * {@code people} are the demo consortium's, whom the login page offers.
 */
@ConfigurationProperties("charter.web.dev-sign-in")
public record DemoPeople(boolean enabled, List<Person> people) {

    public DemoPeople {
        people = people == null ? List.of() : List.copyOf(people);
    }

    public Optional<Person> find(String subject) {
        return people.stream().filter(person -> person.subject().equals(subject)).findFirst();
    }

    /**
     * One demo person: {@code subject} (membership person id), {@code role} (a token role),
     * {@code member} (for a delegate or alternate), {@code kind} (how the login page presents
     * them: delegate, alternate, secretary, auditor).
     */
    public record Person(String subject, String role, String member, String kind) {
    }
}
