/**
 * The admin console (ADR 0062): server-rendered pages at {@code /console} for the back office, behind a session
 * of their own (a cookie with CSRF protection), signed in with the demo staff's password in the embedded default
 * or through the shop's OIDC issuer. Its pages live in their features' packages ({@link
 * io.ultramarket.commerce.console.ConsolePage}) and call what the API's routes call; here are the sign-in, the
 * session's filter chain and what every page's layout needs.
 */
package io.ultramarket.commerce.console;
