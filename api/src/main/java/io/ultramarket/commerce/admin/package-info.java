/** Operators' endpoints: projections, rebuilds and their progress, dead letters. */
package io.ultramarket.commerce.admin;
