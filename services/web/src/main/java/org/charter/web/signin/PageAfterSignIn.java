package org.charter.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The page a person asked for before signing in, and where each sign-in (the development login,
 * the OpenID Connect code flow) sends them afterwards: a notice e-mail's link followed while
 * signed out leads, after the sign-in, to that page rather than to {@code /}.
 *
 * <p>Only a page a browser navigated to is remembered ({@link #isPage}): a top-level {@code GET},
 * not an htmx partial ({@code HX-Request}: the fragment alone would be a broken page), not the
 * assets, the APIs, the health checks or the sign-in's own addresses. The way back is the saved
 * request's path and query only ({@link SamePath}), so it never leads to another site.
 */
@Component
public final class PageAfterSignIn implements AuthenticationSuccessHandler {

    private static final List<String> NEVER_RETURNED_TO = List.of("/assets/", "/api/", "/actuator", "/sign-in", "/sign-out",
            "/oauth2/", "/login/", "/error", "/favicon.ico");

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

    PageAfterSignIn() {
        cache.setRequestMatcher(PageAfterSignIn::isPage);
    }

    /** Spring Security's request cache, saving pages only: the one the filter chain uses when it sends someone to sign in. */
    public RequestCache requestCache() {
        return cache;
    }

    static boolean isPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NEVER_RETURNED_TO.stream().noneMatch(path::startsWith);
    }

    /** Where to go now that the person is signed in: the page saved for this session (then forgotten), else {@code /}. */
    public String target(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = cache.getRequest(request, response);
        if (saved == null) {
            return "/";
        }
        cache.removeRequest(request, response);
        if (!(saved instanceof DefaultSavedRequest page)) {
            return "/";
        }
        String path = page.getRequestURI() == null ? null : page.getRequestURI().substring(page.getContextPath().length());
        return SamePath.of(path, page.getQueryString()).orElse("/");
    }

    /** The OpenID Connect sign-in's success. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        response.sendRedirect(target(request, response));
    }
}
