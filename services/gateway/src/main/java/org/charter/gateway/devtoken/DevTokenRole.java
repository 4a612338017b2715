package org.charter.gateway.devtoken;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The four roles of DESIGN.md §7, as they appear in the {@code role} claim. */
public enum DevTokenRole {
    DELEGATE, SECRETARY, AUDITOR, ADMIN;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DevTokenRole> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claim().equals(value)).findFirst();
    }

    static String allClaims() {
        return Arrays.stream(values()).map(DevTokenRole::claim).collect(Collectors.joining("|"));
    }
}
