/** Value objects shared by every aggregate's contract; each validates itself at construction. */
package io.ultramarket.commerce.schemas.common;
