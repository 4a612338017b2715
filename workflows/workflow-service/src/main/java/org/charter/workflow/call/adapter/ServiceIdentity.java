package org.charter.workflow.call.adapter;

/**
 * The bearer token the workflow service presents when it commands another service: its own
 * identity (role secretary), never a person's. Production: an OAuth2 client-credentials token;
 * the embedded default: a development token from the gateway; tests: a fixed token.
 */
public interface ServiceIdentity {

    String token();

    /** The token was refused (401): fetch a new one next time. */
    void forget();

    static ServiceIdentity fixed(String token) {
        return new ServiceIdentity() {
            @Override
            public String token() {
                return token;
            }

            @Override
            public void forget() {
            }
        };
    }
}
