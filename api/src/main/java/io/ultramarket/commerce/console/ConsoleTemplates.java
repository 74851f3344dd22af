package io.ultramarket.commerce.console;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The console's templates ({@code templates/console/*.html}), read from the jar once, at start. Thymeleaf would
 * read a template from the classpath the first time a page needs it, with blocking I/O on whatever thread renders
 * the page, a Netty thread (BlockHound caught it); held in memory, a page never touches the jar.
 */
final class ConsoleTemplates extends AbstractConfigurableTemplateResolver {

    static final String LOCATION = "classpath:/templates/console/*.html";

    private final Map<String, String> templates;

    ConsoleTemplates() {
        this.templates = read();
        setTemplateMode(TemplateMode.HTML);
        setCharacterEncoding(StandardCharsets.UTF_8.name());
        setResolvablePatterns(Set.of("console/*"));
        // Parsed once and kept: the templates are part of the release.
        setCacheable(true);
        setCheckExistence(false);
    }

    private static Map<String, String> read() {
        Map<String, String> read = new HashMap<>();
        try {
            for (Resource template : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = Objects.requireNonNull(template.getFilename());
                read.put("console/" + file.substring(0, file.length() - ".html".length()),
                        template.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the console's templates at " + LOCATION, e);
        }
        return Map.copyOf(read);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, String resourceName, String characterEncoding,
                                                        Map<String, Object> templateResolutionAttributes) {
        String content = templates.get(template);
        if (content == null) {
            throw new TemplateInputException("no console template '" + template + "' in " + LOCATION);
        }
        return new StringTemplateResource(content);
    }
}
