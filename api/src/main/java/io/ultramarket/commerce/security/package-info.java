/**
 * Who may call what: the app is an OAuth2 resource server that checks bearer JWTs (deny by default), maps
 * the issuer's roles, and checks that a customer only ever reaches their own carts and orders. Without a
 * configured issuer, {@code issuer/} runs a development issuer in-process.
 */
package io.ultramarket.commerce.security;
