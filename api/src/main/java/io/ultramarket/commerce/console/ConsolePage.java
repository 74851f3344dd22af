package io.ultramarket.commerce.console;

import org.springframework.stereotype.Controller;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the console's pages (ADR 0062): a Spring {@link Controller} whose views get the layout's
 * model (the signed-in staff member and the CSRF token, {@link ConsoleModel}). Each sits in its feature's
 * package and calls what that feature's API routes call.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface ConsolePage {
}
