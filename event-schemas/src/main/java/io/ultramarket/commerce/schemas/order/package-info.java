/** The order's contract: its life from placement to delivery, cancellation or return. */
package io.ultramarket.commerce.schemas.order;
