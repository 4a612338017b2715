package org.charter.notification.roll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of {@code charter.notification.people}, by person id: those who receive notices without a member record. */
public final class People {

    private final Map<String, Person> byId = new LinkedHashMap<>();

    public People(List<Person> people) {
        (people == null ? List.<Person>of() : people).forEach(p -> byId.putIfAbsent(p.personId(), p));
    }

    public static People none() {
        return new People(List.of());
    }

    public Optional<Person> find(String personId) {
        return Optional.ofNullable(personId).map(byId::get);
    }

    /** Everyone listed in the group, in the order listed. */
    public List<Person> inGroup(String group) {
        return byId.values().stream().filter(p -> p.groups().contains(group)).toList();
    }
}
