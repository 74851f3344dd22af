package io.ultramarket.commerce.load;

import java.util.concurrent.Executor;

/** Runs a scenario's clients for the warm-up plus the measured time, then prints the report. */
final class TimedBenchmark implements Benchmark {

    private final Scenario scenario;

    TimedBenchmark(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void run(LoadTestArguments arguments, CommerceApi api, Executor executor) {
        System.out.printf("%s: %d clients against %s, warm-up %s, then measuring %s%n",
                arguments.scenario().label(), arguments.clients(), arguments.baseUrl(),
                Report.duration(arguments.warmup()), Report.duration(arguments.duration()));
        RunClock clock = new RunClock(arguments.warmup(), arguments.duration());
        RunResults results = new ScenarioRunner(api, executor).run(scenario, arguments.clients(), clock);
        System.out.print(Report.render(arguments, scenario, results));
    }
}
