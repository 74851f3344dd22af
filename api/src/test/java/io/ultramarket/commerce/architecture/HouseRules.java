package io.ultramarket.commerce.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.ultramarket.commerce.projections.columns.ColumnTypes;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.web.LongLivedResponses;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The house rules of CONVENTIONS.md as checks. Each is a constant so that {@link HouseRulesTest} can hold it
 * against the whole code base and against a deliberately bad class, which shows that the rule can fail.
 */
final class HouseRules {

    private static final String CONTRACT = "io.ultramarket.commerce.schemas..";
    private static final String COMMAND_SIDE = "io.ultramarket.commerce.command..";
    private static final String SAGAS = "io.ultramarket.commerce.sagas..";
    private static final String PROJECTIONS = "io.ultramarket.commerce.projections..";
    private static final String QUERY_SIDE = "io.ultramarket.commerce.query..";
    /**
     * A read model's schema class: its tables, columns and DDL, named {@code *Schema} in projections (ADR 0053).
     * Readers outside projections may use these, and nothing else of projections.
     */
    private static final DescribedPredicate<JavaClass> READ_MODEL_SCHEMA = resideInAPackage(PROJECTIONS)
            .and(simpleNameEndingWith("Schema"))
            .as("a read model's schema class (projections' *Schema)");
    private static final DescribedPredicate<JavaClass> PROJECTIONS_BUT_SCHEMAS = resideInAPackage(PROJECTIONS)
            .and(DescribedPredicate.not(simpleNameEndingWith("Schema")))
            .as("projections' handlers, writers and runtime");

    /** Every arrow points down to the published contract; the sides meet only in the app that wires them. */
    static final ArchRule ARROWS_POINT_TO_THE_CONTRACT = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.ultramarket.commerce..")
            .withOptionalLayers(true)
            .layer("contract").definedBy(CONTRACT)
            .layer("command side").definedBy(COMMAND_SIDE)
            .layer("sagas").definedBy(SAGAS)
            .layer("read-model schemas").definedBy(READ_MODEL_SCHEMA)
            .layer("projections").definedBy(PROJECTIONS_BUT_SCHEMAS)
            .layer("query side").definedBy(QUERY_SIDE)
            .layer("app").definedBy(resideInAPackage("io.ultramarket.commerce..")
                    .and(DescribedPredicate.not(resideInAPackage(CONTRACT)))
                    .and(DescribedPredicate.not(resideInAPackage(COMMAND_SIDE)))
                    .and(DescribedPredicate.not(resideInAPackage(SAGAS)))
                    .and(DescribedPredicate.not(resideInAPackage(PROJECTIONS)))
                    .and(DescribedPredicate.not(resideInAPackage(QUERY_SIDE)))
                    .as("the app (api)"))
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("command side").mayOnlyBeAccessedByLayers("app")
            .whereLayer("sagas").mayOnlyBeAccessedByLayers("app")
            .whereLayer("read-model schemas").mayOnlyBeAccessedByLayers("projections", "query side", "sagas", "app")
            .whereLayer("projections").mayOnlyBeAccessedByLayers("read-model schemas", "app")
            .whereLayer("query side").mayOnlyBeAccessedByLayers("app")
            .because("event-schemas is the published contract and each side stands on it alone");

    /**
     * A read model's schema is defined once and shared: its readers outside projections (the query side, the
     * checkout's warehouse candidates) use its schema class, never its writer, handlers or the runtime.
     */
    static final ArchRule READERS_SEE_ONLY_THE_SCHEMAS_OF_PROJECTIONS = noClasses()
            .that().resideInAnyPackage(QUERY_SIDE, SAGAS)
            .should().dependOnClassesThat(PROJECTIONS_BUT_SCHEMAS)
            .because("a reader shares a read model's schema with its writer, nothing more (ADR 0053)");

    /** A schema class is only a schema: through it, no reader reaches a writer. */
    static final ArchRule SCHEMAS_ARE_ONLY_SCHEMAS = classes()
            .that(READ_MODEL_SCHEMA)
            .should().onlyDependOnClassesThat(DescribedPredicate.not(resideInAPackage(PROJECTIONS))
                    .or(READ_MODEL_SCHEMA)
                    .or(equivalentTo(Generation.class))
                    .or(equivalentTo(ColumnTypes.class))
                    .as("other schemas, Generation, ColumnTypes, or classes outside projections"))
            .because("readers depend on the schema classes, and must reach nothing else of projections through them");

    /** Read models answer; they never decide, so nothing that reads sends a command. */
    static final ArchRule QUERIES_SEND_NO_COMMANDS = noClasses()
            .that().resideInAnyPackage(QUERY_SIDE, PROJECTIONS)
            .should().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
            .because("read models never decide");

    /** Time comes from the one injected {@link Clock}, so that time-dependent rules can be tested. */
    static final ArchRule ONE_CLOCK = classes()
            .that().doNotHaveSimpleName("ClockConfiguration")
            .should(notReadTheWallClock())
            .because("time comes from the injected Clock bean");

    /** Each feature's errors describe themselves; the one place that answers them knows no feature. */
    static final ArchRule PROBLEMS_KNOW_NO_FEATURE = noClasses()
            .that().resideInAPackage("io.ultramarket.commerce.problem..")
            .should().dependOnClassesThat(resideInAPackage("io.ultramarket.commerce..")
                    .and(DescribedPredicate.not(resideInAPackage("io.ultramarket.commerce.problem..")))
                    .and(DescribedPredicate.not(resideInAPackage(CONTRACT)))
                    .as("a feature's classes"))
            .because("a new error must not mean editing one central file (DescribedProblem)");

    /** What Axon and the app need from the command side is public; the rest stays in its package. */
    static final ArchRule COMMAND_SIDE_INTERNALS_STAY_INSIDE = classes()
            .that().resideInAPackage(COMMAND_SIDE).and().arePublic().and().areTopLevelClasses()
            .should().beAnnotatedWith(Aggregate.class)
            .orShould().beAnnotatedWith(Configuration.class)
            .orShould().beAnnotatedWith(ConfigurationProperties.class)
            .orShould().beAssignableTo(RuntimeException.class)
            .because("only aggregates, their settings and the errors they raise cross the command side's edge");

    /**
     * A projection is rebuilt into a new generation, never replayed in place by a reset of its tokens (ADR 0012), and
     * its processor starts from no token, so no first pass is marked as a replay (ADR 0109): a handler that skipped
     * replays or waited for a reset would quietly never be told.
     */
    static final ArchRule NO_HANDLER_WAITS_FOR_AXONS_REPLAYS = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(DisallowReplay.class, AllowReplay.class, ResetHandler.class,
                    ReplayStatus.class)
            .because("rebuilds are new generations read from no token (ADR 0012, ADR 0109)");

    /** How many calls deep {@link #reach} follows the code base's own methods. */
    private static final int CALL_DEPTH = 4;

    /**
     * A live stream (server-sent events) never ends by itself: one that {@link LongLivedResponses} does not end when
     * the app begins to stop holds the web server's graceful shutdown for its whole timeout and is then cut (ADR 0117).
     * So every handler that answers {@code text/event-stream} reaches {@link LongLivedResponses#endingAtShutdown},
     * itself or through the methods it calls.
     */
    static final ArchRule STREAMS_END_WHEN_THE_APP_STOPS = methods()
            .that(answerAnEventStream())
            .should(reach(LongLivedResponses.class, "endingAtShutdown"))
            .because("a stream left open holds the stop for its whole timeout (ADR 0117)");

    private HouseRules() {
    }

    private static ArchCondition<JavaClass> notReadTheWallClock() {
        return new ArchCondition<>("not read the wall clock (Instant.now(), Clock.system*(), LocalDate.now() ...)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    if (readsTheWallClock(call)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean readsTheWallClock(JavaMethodCall call) {
        var target = call.getTarget();
        boolean javaTime = target.getOwner().getPackageName().equals("java.time");
        // now(clock) reads the injected clock; now() and now(zone) read the system's.
        boolean systemNow = target.getName().equals("now")
                && target.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
        boolean systemClock = target.getOwner().isEquivalentTo(Clock.class) && target.getName().startsWith("system");
        return javaTime && (systemNow || systemClock);
    }

    private static DescribedPredicate<JavaMethod> answerAnEventStream() {
        // The produces of any mapping annotation (@GetMapping, @RequestMapping ...), read off the method's own
        // annotations: their meta-annotations are not imported.
        return DescribedPredicate.describe("answer text/event-stream", method -> method.getAnnotations().stream()
                .flatMap(annotation -> annotation.get("produces").stream())
                .flatMap(produces -> Arrays.stream((String[]) produces))
                .anyMatch(MediaType.TEXT_EVENT_STREAM_VALUE::equals));
    }

    /** Calls {@code owner.name}, itself or through the code base's methods it calls (a few calls deep). */
    private static ArchCondition<JavaMethod> reach(Class<?> owner, String name) {
        return new ArchCondition<>("reach " + owner.getSimpleName() + "." + name) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!reaches(method, owner, name)) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " does not reach " + owner.getSimpleName() + "." + name));
                }
            }
        };
    }

    private static boolean reaches(JavaMethod start, Class<?> owner, String name) {
        Set<JavaMethod> seen = new HashSet<>(Set.of(start));
        List<JavaMethod> level = List.of(start);
        for (int depth = 0; depth < CALL_DEPTH && !level.isEmpty(); depth++) {
            List<JavaMethod> next = new ArrayList<>();
            for (JavaMethod method : level) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(owner) && call.getName().equals(name)) {
                        return true;
                    }
                    call.getTarget().resolveMember().filter(target -> target.getOwner().getPackageName()
                            .startsWith("io.ultramarket.commerce")).filter(seen::add).ifPresent(next::add);
                }
            }
            level = next;
        }
        return false;
    }
}
