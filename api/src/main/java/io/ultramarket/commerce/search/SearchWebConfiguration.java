package io.ultramarket.commerce.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The search settings exist with or without Elasticsearch, so that their defaults are always checked. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchWebConfiguration {
}
