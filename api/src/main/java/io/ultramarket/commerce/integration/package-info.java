/** The wiring of integration events on Kafka (the publisher itself lives in projections/integration). */
package io.ultramarket.commerce.integration;
