package org.charter.web.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the development login's list of demo people in the embedded default
 * ({@link DevSignInController}), the button that starts the OpenID Connect code flow in
 * production ({@link SignOn}).
 */
@Controller
class SignInController {

    private final DemoPeople demo;
    private final boolean signOn;

    SignInController(DemoPeople demo, ObjectProvider<SignOn> signOn) {
        this.demo = demo;
        this.signOn = signOn.getIfAvailable() != null;
    }

    @GetMapping("/sign-in")
    String page(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("signOn", signOn ? SignOn.START : null);
        return "sign-in";
    }
}
