package io.ultramarket.commerce.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.ultramarket.commerce.CommerceApplication;
import io.ultramarket.commerce.command.cart.Cart;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.query.order.OrderView;
import io.ultramarket.commerce.sagas.checkout.CheckoutSaga;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.command.badexample.PublicHelperOfTheCommandSide;
import io.ultramarket.commerce.live.badexample.StreamThatHoldsTheStop;
import io.ultramarket.commerce.problem.badexample.AdviceThatKnowsAFeature;
import io.ultramarket.commerce.projections.badexample.HandlerThatSkipsReplays;
import io.ultramarket.commerce.projections.badexample.LeakySchema;
import io.ultramarket.commerce.query.badexample.QueryThatSendsACommand;
import io.ultramarket.commerce.query.badexample.ReaderThatUsesTheWriter;
import io.ultramarket.commerce.schemas.badexample.ContractThatKnowsTheApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The house rules hold for the code that ships, and each one fails on a class written to break it (those
 * live in test sources under {@code badexample} packages, outside the import of shipped code).
 */
class HouseRulesTest {

    private static JavaClasses shipped;

    @BeforeAll
    static void importShippedCode() {
        shipped = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The modules arrive as jars or as class folders, depending on the phase Maven ran to.
                .withImportOption(location -> !location.contains("test-server"))
                .importPackages("io.ultramarket.commerce");
    }

    @Test
    void looksAtEverySideOfTheShippedCode() {
        // Rules over an empty import would hold vacuously.
        assertThat(Stream.of(CartCreated.class, Cart.class, CheckoutSaga.class, ProjectionRuntime.class,
                OrderView.class, CommerceApplication.class)).allMatch(shipped::contain);
        assertThat(shipped.stream().map(JavaClass::getPackageName)).noneMatch(name -> name.contains("badexample"));
    }

    static Stream<Arguments> rulesAndTheirCounterexamples() {
        return Stream.of(
                Arguments.of("arrows point to the contract", HouseRules.ARROWS_POINT_TO_THE_CONTRACT, ContractThatKnowsTheApp.class),
                Arguments.of("queries send no commands", HouseRules.QUERIES_SEND_NO_COMMANDS, QueryThatSendsACommand.class),
                Arguments.of("readers see only the schemas of projections",
                        HouseRules.READERS_SEE_ONLY_THE_SCHEMAS_OF_PROJECTIONS, ReaderThatUsesTheWriter.class),
                Arguments.of("schemas are only schemas", HouseRules.SCHEMAS_ARE_ONLY_SCHEMAS, LeakySchema.class),
                Arguments.of("one clock", HouseRules.ONE_CLOCK, QueryThatSendsACommand.class),
                Arguments.of("problems know no feature", HouseRules.PROBLEMS_KNOW_NO_FEATURE, AdviceThatKnowsAFeature.class),
                Arguments.of("command side internals stay inside", HouseRules.COMMAND_SIDE_INTERNALS_STAY_INSIDE,
                        PublicHelperOfTheCommandSide.class),
                Arguments.of("no handler waits for Axon's replays", HouseRules.NO_HANDLER_WAITS_FOR_AXONS_REPLAYS,
                        HandlerThatSkipsReplays.class),
                Arguments.of("streams end when the app stops", HouseRules.STREAMS_END_WHEN_THE_APP_STOPS,
                        StreamThatHoldsTheStop.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirCounterexamples")
    void holdsForTheShippedCode(String name, ArchRule rule, Class<?> counterexample) {
        rule.check(shipped);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirCounterexamples")
    void failsOnAClassWrittenToBreakIt(String name, ArchRule rule, Class<?> counterexample) {
        JavaClasses bad = new ClassFileImporter().importClasses(counterexample, CommerceApplication.class);
        assertThatThrownBy(() -> rule.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(counterexample.getSimpleName());
    }
}
