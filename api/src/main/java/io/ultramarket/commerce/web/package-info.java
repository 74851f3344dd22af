/** Shared shape of HTTP answers to commands. */
package io.ultramarket.commerce.web;
