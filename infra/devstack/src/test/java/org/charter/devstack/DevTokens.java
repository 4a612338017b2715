package org.charter.devstack;

import org.charter.conventions.test.RawHttp;

/** Tokens from the devstack gateway's {@code POST /dev/tokens}, which every service of the devstack trusts; issued once. */
final class DevTokens {

    private final RawHttp gateway;
    private final String admin;
    private final String auditor;
    private final String delegateOfWa;

    DevTokens(int gatewayPort) {
        this.gateway = new RawHttp(gatewayPort);
        this.admin = issue("{\"subject\":\"fuzz-admin\",\"role\":\"admin\"}");
        this.auditor = issue("{\"subject\":\"fuzz-auditor\",\"role\":\"auditor\"}");
        this.delegateOfWa = issue("{\"subject\":\"fuzz-delegate\",\"role\":\"delegate\",\"member\":\"WA\"}");
    }

    String admin() {
        return admin;
    }

    String auditor() {
        return auditor;
    }

    /** A delegate of WA, acting where only CA's delegate (or a secretary) may. */
    String delegateOfAnotherMember() {
        return delegateOfWa;
    }

    /** A token for anyone the devstack knows (a delegate's subject is its membership person id); one request per call. */
    String issue(String subject, String role, String member) {
        return issue(member == null ? "{\"subject\":\"%s\",\"role\":\"%s\"}".formatted(subject, role)
                : "{\"subject\":\"%s\",\"role\":\"%s\",\"member\":\"%s\"}".formatted(subject, role, member));
    }

    private String issue(String request) {
        RawHttp.Answer answer = gateway.request("POST", "/dev/tokens").json(request).send();
        if (answer.status() != 200) {
            throw new IllegalStateException("the devstack gateway issued no token: " + answer);
        }
        return answer.json().path("token").asText();
    }
}
