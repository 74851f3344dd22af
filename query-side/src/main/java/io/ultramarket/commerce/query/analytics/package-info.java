/**
 * The analysts' reads from ClickHouse: sales, the checkout funnel, top products, co-purchases and a demand
 * forecast. JDBC calls run on a bounded pool of their own, never on Netty's threads.
 */
package io.ultramarket.commerce.query.analytics;
