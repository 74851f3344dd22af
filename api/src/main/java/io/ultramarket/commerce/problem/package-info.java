/** RFC 9457 problem+json for every error the API answers. */
package io.ultramarket.commerce.problem;
