package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A simulation of this module: its settings, the shop it prepares before the clients start, and what it reports
 * when they are done: the CPU that Gatling itself used meanwhile (the app lacks every core the generator takes on
 * this machine) and the figures of its own, as properties, printed and written to the file named by the
 * {@code figures.out} property when it is set (run-all.sh reads them from there).
 */
abstract class MeasuredSimulation extends Simulation {

    protected final SimulationSettings settings;
    private CpuUse generatorCpu = CpuUse.startingNow();

    MeasuredSimulation(int defaultClients) {
        this.settings = SimulationSettings.fromSystemProperties(defaultClients);
    }

    /** What the shop needs before the clients start (as staff, not measured). */
    protected void prepareShop() {
    }

    /** Figures of the simulation's own, as properties lines. */
    protected String ownFigures() {
        return "";
    }

    @Override
    public final void before() {
        prepareShop();
        generatorCpu = CpuUse.startingNow();
    }

    @Override
    public final void after() {
        String figures = String.format(Locale.ROOT, "generator-cores=%.2f%n", generatorCpu.averageCores()) + ownFigures();
        System.out.print("figures of this run:\n" + figures);
        String out = System.getProperty("figures.out");
        if (out == null || out.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(out);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, figures);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write " + out, unwritable);
        }
    }
}
