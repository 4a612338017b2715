package org.charter.web.signin;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * {@code charter.web.sign-on.*}: the production sign-in through OpenID Connect (the prod profile).
 * {@code issuer-uri} is the realm as browsers see it and as tokens name it
 * ({@code https://auth.example.org/realms/charter}); {@code backchannel-uri} is where this app itself
 * reaches the same realm for tokens and keys (inside a compose network {@code http://keycloak:8080/realms/charter};
 * the issuer when unset). The endpoints are Keycloak's, under the realm. {@code client-id} is the
 * realm's public client {@code charter-cli} unless set; a {@code client-secret} makes it a
 * confidential client (HTTP Basic at the token endpoint). PKCE (S256) either way.
 */
@ConfigurationProperties("charter.web.sign-on")
public record SignOnProperties(URI issuerUri, URI backchannelUri, String clientId, String clientSecret,
                               String redirectUri, String postLogoutRedirectUri) {

    public static final String REGISTRATION_ID = "keycloak";
    private static final String ENDPOINTS = "/protocol/openid-connect";

    public SignOnProperties {
        clientId = blank(clientId) ? "charter-cli" : clientId;
        redirectUri = blank(redirectUri) ? "{baseUrl}/login/oauth2/code/{registrationId}" : redirectUri;
        postLogoutRedirectUri = blank(postLogoutRedirectUri) ? "{baseUrl}/sign-in?signedOut" : postLogoutRedirectUri;
    }

    public boolean publicClient() {
        return blank(clientSecret);
    }

    /** The client registration, built without fetching the issuer's discovery document (the issuer may be unreachable from here). */
    public ClientRegistration registration() {
        if (issuerUri == null || blank(issuerUri.toString())) {
            throw new IllegalStateException("charter.web.sign-on.issuer-uri is not set: the production profile signs people in"
                    + " through OpenID Connect; set it to the realm's issuer as browsers see it"
                    + " (CHARTER_WEB_SIGN_ON_ISSUER_URI, e.g. https://auth.example.org/realms/charter)");
        }
        String issuer = withoutTrailingSlash(issuerUri);
        String backchannel = backchannelUri == null || blank(backchannelUri.toString()) ? issuer : withoutTrailingSlash(backchannelUri);
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(publicClient() ? null : clientSecret)
                .clientAuthenticationMethod(publicClient() ? ClientAuthenticationMethod.NONE : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope("openid")
                .authorizationUri(issuer + ENDPOINTS + "/auth")
                .tokenUri(backchannel + ENDPOINTS + "/token")
                .jwkSetUri(backchannel + ENDPOINTS + "/certs")
                .issuerUri(issuer)
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + ENDPOINTS + "/logout"))
                .clientName("Keycloak")
                .build();
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
