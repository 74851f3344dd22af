package io.ultramarket.commerce.console;

import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the console's start page, which links to the pages the staff member's roles open. */
@ConsolePage
class ConsoleHome {

    private final boolean passwordSignIn;
    private final String issuerSignIn;

    ConsoleHome(ObjectProvider<DevelopmentIssuer> developmentIssuer,
                ObjectProvider<ReactiveClientRegistrationRepository> registrations, ConsoleProperties properties) {
        this.passwordSignIn = developmentIssuer.getIfAvailable() != null;
        this.issuerSignIn = registrations.getIfAvailable() == null ? null
                : ConsoleSecurityConfiguration.OIDC_START + properties.oidcRegistration();
    }

    @GetMapping(ConsoleSecurityConfiguration.LOGIN)
    String login(Model model) {
        model.addAttribute("passwordSignIn", passwordSignIn);
        model.addAttribute("issuerSignIn", issuerSignIn);
        return "console/login";
    }

    @GetMapping({ConsoleSecurityConfiguration.HOME, ConsoleSecurityConfiguration.HOME + "/"})
    String home() {
        return "console/home";
    }
}
