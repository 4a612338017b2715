package org.charter.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The development login: pick a demo person; the gateway's {@code POST /dev/tokens} issues their
 * token, which the session keeps server-side. Not built under the production profile, where people
 * sign in through OpenID Connect ({@link SignOn}) and {@code POST /sign-in} does not exist.
 */
@Controller
@Profile("!prod & !production")
class DevSignInController {

    private final DemoPeople demo;
    private final GatewayApi api;
    private final SecurityContextRepository contexts;
    private final PageAfterSignIn pageAfterSignIn;

    DevSignInController(DemoPeople demo, GatewayApi api, SecurityContextRepository contexts, PageAfterSignIn pageAfterSignIn) {
        this.demo = demo;
        this.api = api;
        this.contexts = contexts;
        this.pageAfterSignIn = pageAfterSignIn;
    }

    @PostMapping("/sign-in")
    ModelAndView signIn(@RequestParam(name = "person", required = false) String subject, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        DemoPeople.Person person = subject == null || !demo.enabled() ? null : demo.find(subject).orElse(null);
        if (person == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("demo", demo);
            model.addAttribute("signInError", "signin.error.choose");
            return new ModelAndView("sign-in");
        }
        String token;
        try {
            token = api.post("/dev/tokens", null, tokenRequest(person)).path("token").asText();
        } catch (ApiRefusal | org.springframework.web.client.RestClientException refused) {
            response.setStatus(HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("demo", demo);
            model.addAttribute("signInError", "signin.error.gateway");
            return new ModelAndView("sign-in");
        }
        SignedIn signedIn = new SignedIn(person.subject(), person.role(), person.member(), token);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(signedIn, null, List.of(SignedIn.authority(person.role())));
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id once signed in
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // a RedirectView that expands nothing: the path is the person's own request, not a template
        RedirectView page = new RedirectView(pageAfterSignIn.target(request, response), true);
        page.setExpandUriTemplateVariables(false);
        page.setExposeModelAttributes(false);
        return new ModelAndView(page);
    }

    private static Map<String, String> tokenRequest(DemoPeople.Person person) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("subject", person.subject());
        body.put("role", person.role());
        if (person.member() != null) {
            body.put("member", person.member());
        }
        return body;
    }
}
