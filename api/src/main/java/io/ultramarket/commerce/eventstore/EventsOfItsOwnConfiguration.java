package io.ultramarket.commerce.eventstore;

import org.aopalliance.intercept.MethodInterceptor;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The event store Axon's auto-configuration builds, with every stream it opens handing its reader events of its own
 * ({@link EventsOfItsOwn}, ADR 0086): the tracking and pooled processors, the sagas' retry of parked orders, and
 * whatever else reads the store as a stream. Wrapped, not replaced: a bean of our own would have Axon's JDBC
 * auto-configuration back off (ADR 0055). Axon Server's event store keeps no shared cache and is left alone.
 */
@Configuration(proxyBeanMethods = false)
class EventsOfItsOwnConfiguration {

    private static final String OPEN_STREAM = "openStream";

    /** Static, as a post-processor must be; the serializer is looked up only when the store is wrapped. */
    @Bean
    static BeanPostProcessor eventsOfItsOwn(@Qualifier("eventSerializer") ObjectProvider<Serializer> eventSerializer) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof EmbeddedEventStore store)) {
                    return bean;
                }
                Serializer serializer = eventSerializer.getObject();
                ProxyFactory proxy = new ProxyFactory(store);
                proxy.setInterfaces(ClassUtils.getAllInterfaces(store));
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    if (OPEN_STREAM.equals(invocation.getMethod().getName())) {
                        @SuppressWarnings("unchecked")
                        BlockingStream<TrackedEventMessage<?>> shared = (BlockingStream<TrackedEventMessage<?>>) result;
                        return new EventsOfItsOwn(shared, serializer);
                    }
                    return result;
                });
                return proxy.getProxy(store.getClass().getClassLoader());
            }
        };
    }
}
