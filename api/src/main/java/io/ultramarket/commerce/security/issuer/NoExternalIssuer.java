package io.ultramarket.commerce.security.issuer;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when nobody configured an OIDC issuer (property or SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI). */
public class NoExternalIssuer implements Condition {

    public static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(ISSUER_URI));
    }
}
