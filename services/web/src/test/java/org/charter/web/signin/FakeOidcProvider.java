package org.charter.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID Connect provider laid out as Keycloak's realm {@code charter} is, over real HTTP on a
 * free port: the authorization endpoint (signs in whoever the test chose and redirects back with a
 * code, PKCE S256 required), the token endpoint (checks the code's verifier, client and redirect
 * URI; answers RS256-signed ID and access tokens with {@code sub}, {@code role}, {@code member}
 * as the realm's mappers put them; refreshes), the JWK set. It records each token request.
 */
final class FakeOidcProvider {

    static final String REALM = "/realms/charter";
    static final String ENDPOINTS = REALM + "/protocol/openid-connect";

    /** The person the authorization endpoint signs in next. */
    record Person(String subject, String role, String member) {
    }

    private record Grant(String clientId, String redirectUri, String challenge, String nonce, Person person) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger accessTokens = new AtomicInteger();
    private final List<String> issuedAccessTokens = new CopyOnWriteArrayList<>();
    private volatile Person next = new Person("sam.secretary", "secretary", null);
    private volatile long codeTokenSeconds = 300;
    private volatile String claimedIssuer;

    private FakeOidcProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static FakeOidcProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOidcProvider provider = new FakeOidcProvider(server, new RSAKeyGenerator(2048).keyID("charter-test").generate());
            server.createContext(ENDPOINTS + "/auth", provider::authorize);
            server.createContext(ENDPOINTS + "/token", provider::token);
            server.createContext(ENDPOINTS + "/certs", provider::certs);
            server.start();
            return provider;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    void signsIn(Person person) {
        next = person;
    }

    /** How long the access token of a code exchange lasts (a refreshed one: 300 s). */
    void codeTokensLast(long seconds) {
        codeTokenSeconds = seconds;
    }

    /** The tokens name another issuer than this one (as a token from another realm would). */
    void claimsIssuer(String issuer) {
        claimedIssuer = issuer;
    }

    /** Every refresh token issued so far is revoked (as an ended Keycloak session). */
    void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    /** The access tokens issued, oldest first. */
    List<String> issuedAccessTokens() {
        return List.copyOf(issuedAccessTokens);
    }

    List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    void reset() {
        tokenRequests.clear();
        issuedAccessTokens.clear();
        codes.clear();
        refreshTokens.clear();
        codeTokenSeconds = 300;
        claimedIssuer = null;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null || query.get("redirect_uri") == null) {
            answer(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"code flow with PKCE S256 only\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("client_id"), query.get("redirect_uri"), query.get("code_challenge"), query.get("nonce"), next));
        exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            request.put("Authorization", authorization);
        }
        tokenRequests.add(request);
        Grant grant;
        long lifetime = 300;
        if ("authorization_code".equals(request.get("grant_type"))) {
            grant = codes.remove(String.valueOf(request.get("code")));
            if (grant == null || !grant.clientId().equals(request.get("client_id")) || !grant.redirectUri().equals(request.get("redirect_uri"))
                    || !grant.challenge().equals(s256(request.get("code_verifier")))) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            lifetime = codeTokenSeconds;
        } else if ("refresh_token".equals(request.get("grant_type"))) {
            grant = refreshTokens.get(String.valueOf(request.get("refresh_token")));
            if (grant == null || !grant.clientId().equals(request.get("client_id"))) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}");
                return;
            }
        } else {
            answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        String refreshToken = "refresh-" + UUID.randomUUID();
        refreshTokens.put(refreshToken, grant);
        String body = "{\"access_token\":\"" + accessToken(grant, lifetime) + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime
                + ",\"refresh_token\":\"" + refreshToken + "\",\"id_token\":\"" + idToken(grant) + "\",\"scope\":\"openid\"}";
        answer(exchange, 200, body);
    }

    private void certs(HttpExchange exchange) throws IOException {
        answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private String accessToken(Grant grant, long lifetime) {
        Instant now = Instant.now();
        String token = sign(claims(grant).audience("charter").jwtID("access-" + accessTokens.incrementAndGet())
                .expirationTime(Date.from(now.plusSeconds(lifetime))).build());
        issuedAccessTokens.add(token);
        return token;
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = claims(grant).audience(grant.clientId()).claim("azp", grant.clientId())
                .expirationTime(Date.from(now.plusSeconds(300)));
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        return sign(claims.build());
    }

    private JWTClaimsSet.Builder claims(Grant grant) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(claimedIssuer == null ? issuer() : claimedIssuer).subject(grant.person().subject())
                .issueTime(new Date()).claim("role", grant.person().role());
        if (grant.person().member() != null) {
            claims.claim("member", grant.person().member());
        }
        return claims;
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
