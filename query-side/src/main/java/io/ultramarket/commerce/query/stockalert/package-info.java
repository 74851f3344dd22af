/** Non-blocking reads of low-stock alerts: a SKU's thresholds and alerts, and staff's page of low items. */
package io.ultramarket.commerce.query.stockalert;
