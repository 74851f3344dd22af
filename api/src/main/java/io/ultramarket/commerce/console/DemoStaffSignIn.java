package io.ultramarket.commerce.console;

import io.ultramarket.commerce.security.Role;
import io.ultramarket.commerce.security.StaffMember;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The console's form sign-in in the embedded default: the development issuer's demo staff ({@code support},
 * {@code merchandiser}, {@code analyst}, {@code auditor}, {@code admin}) with the demo password. The staff member
 * gets the subject and role their development-issuer token carries, so the events they cause name them as the
 * API would. Customers are refused here: the console is the back office's.
 */
final class DemoStaffSignIn implements ReactiveAuthenticationManager {

    private final byte[] password;

    DemoStaffSignIn(String password) {
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        String username = attempt.getName();
        String given = String.valueOf(attempt.getCredentials());
        // Compared in constant time, whatever the name, so that timing tells nothing about either.
        boolean passwordMatches = MessageDigest.isEqual(password, given.getBytes(StandardCharsets.UTF_8));
        return Mono.justOrEmpty(DevelopmentIssuer.staffRole(username))
                .filter(role -> passwordMatches)
                .<Authentication>map(role -> signedIn(username, role))
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("only staff sign in to the console")));
    }

    private static Authentication signedIn(String username, Role role) {
        StaffMember staff = new StaffMember(DevelopmentIssuer.subjectOf(username).toString(), username);
        return UsernamePasswordAuthenticationToken.authenticated(staff, null, List.of(role.authority()));
    }
}
