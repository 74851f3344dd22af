/**
 * Value objects shared by every aggregate's contract, each validating itself at construction; and how
 * refusals describe themselves ({@code DescribedProblem}), among them a command's refusal of its own values
 * ({@code InvalidCommand}, {@code RequiredDetails}).
 */
package io.ultramarket.commerce.schemas.common;
