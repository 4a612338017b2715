package org.charter.web.refusal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.charter.web.api.ApiRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.RestClientException;

/**
 * A page that could not be shown because an API refused or did not answer: an error page that
 * says why in the reader's language, with the API's status. A refused token (expired, 401) ends
 * the session and asks the person to sign in again.
 */
@ControllerAdvice
class RefusalPages {

    private static final Logger log = LoggerFactory.getLogger(RefusalPages.class);

    private final RefusalMessages refusals;

    RefusalPages(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(ApiRefusal.class)
    String refused(ApiRefusal refusal, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (refusal.status() == 401) {
            SecurityContextHolder.clearContext();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            return "redirect:/sign-in?expired";
        }
        response.setStatus(refusal.status());
        model.addAttribute("status", refusal.status());
        model.addAttribute("message", refusals.explain(refusal, locale));
        return "error";
    }

    @ExceptionHandler(RestClientException.class)
    String unreachable(RestClientException failure, Model model, HttpServletResponse response) {
        log.warn("an API did not answer: {}", failure.toString());
        response.setStatus(503);
        model.addAttribute("status", 503);
        model.addAttribute("messageKey", "error.unavailable");
        return "error";
    }
}
