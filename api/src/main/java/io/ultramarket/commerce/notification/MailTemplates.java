package io.ultramarket.commerce.notification;

import io.ultramarket.commerce.projections.notification.NotificationKind;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a notification from the classpath's {@code mail/<kind>.<language>.txt} and {@code .html} with
 * Thymeleaf (its core alone: no Spring view machinery). The text template's first line is the subject, so each
 * language's wording lives in one pair of files; HTML escapes the values, which come from customers (a name).
 */
class MailTemplates {

    private static final String SUBJECT_PREFIX = "Subject:";

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Read once: templates are part of the release.
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    RenderedMail render(NotificationKind kind, String language, Map<String, String> variables) {
        Context context = new Context(Locale.forLanguageTag(language));
        variables.forEach(context::setVariable);
        String name = kind.template() + "." + language;
        String textWithSubject = text.process(name, context);
        int endOfSubject = textWithSubject.indexOf('\n');
        String subjectLine = endOfSubject < 0 ? textWithSubject : textWithSubject.substring(0, endOfSubject);
        if (!subjectLine.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("mail/" + name + ".txt must begin with a line 'Subject: ...'");
        }
        String body = textWithSubject.substring(endOfSubject + 1).strip() + "\n";
        return new RenderedMail(subjectLine.substring(SUBJECT_PREFIX.length()).strip(), body, html.process(name, context));
    }
}
