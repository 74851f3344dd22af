/**
 * Who may call what: the app is an OAuth2 resource server that checks bearer JWTs (deny by default), maps
 * the issuer's roles, and checks that a shopper only ever reaches their own carts and orders: a customer by
 * their token, a guest by the cart token of their cart ({@link io.ultramarket.commerce.security.CartToken}).
 * Without a configured issuer, {@code issuer/} runs a development issuer in-process.
 */
package io.ultramarket.commerce.security;
