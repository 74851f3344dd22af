/** The payment's contract: request, authorization, capture, refunds, or decline and void. */
package io.ultramarket.commerce.schemas.payment;
