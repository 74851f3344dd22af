/**
 * The development issuer: with no external OIDC issuer configured, the app signs its own tokens for demo
 * customers and staff, so the embedded default runs with nothing but a JDK. Never in production.
 */
package io.ultramarket.commerce.security.issuer;
