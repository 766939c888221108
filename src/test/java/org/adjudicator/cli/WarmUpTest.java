package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.report.TextReport;
import org.adjudicator.server.WebServer;
import org.adjudicator.simulation.Simulator;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The start-up's two shortcuts: the rules loaded while Weld boots, and Weld booted with only what the command needs. */
class WarmUpTest {
    @Test
    void onlyACommandNamingAScenarioStartsTheThread() throws Exception {
        assertThat(WarmUp.start(new String[] {"serve"})).isNull();
        assertThat(WarmUp.start(new String[] {"rank", "--help"})).isNull();
        assertThat(WarmUp.start(new String[] {"bench", "--figure", "rules50"})).isNull();
        Thread thread = WarmUp.start(new String[] {"rank", "scenarios/copa-peru-2017/final-group.yaml"});
        assertThat(thread).isNotNull();
        thread.join();
    }

    @Test
    void theRulesOptionIsReadInBothSpellings() {
        assertThat(WarmUp.rulesOption(List.of("rank", "x.yaml", "--rules", "copa-peru-2017-proposal"))).isEqualTo("copa-peru-2017-proposal");
        assertThat(WarmUp.rulesOption(List.of("rank", "x.yaml", "--rules=fifa-world-cup-2018"))).isEqualTo("fifa-world-cup-2018");
        assertThat(WarmUp.rulesOption(List.of("rank", "x.yaml"))).isNull();
    }

    @Test
    void aProblemIsLeftToTheCommandToReport() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThatCode(() -> WarmUp.load("no/such/scenario.yaml", null)).doesNotThrowAnyException();
            assertThatCode(() -> WarmUp.load("scenarios/copa-peru-2017/final-group.yaml", "no-such-set")).doesNotThrowAnyException();
            assertThatCode(() -> WarmUp.load("\0", null)).doesNotThrowAnyException();
        } finally {
            System.setErr(before);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void rankBootsWithoutTheServerTheSolverOrTheSimulator() {
        List<Class<?>> beans = Main.beansFor(new String[] {"rank", "x.yaml"});

        assertThat(beans).contains(RankCommand.class, Adjudicator.class, RulesLoader.class,
                TextReport.class);
        // The mixin that reads the scenario is made by the container too, with what it injects.
        assertThat(beans).contains(ScenarioCommand.class, Scenarios.class);
        assertThat(beans).doesNotContain(ServeCommand.class, WebServer.class,
                Clinch.class, Simulator.class);
        assertThat(Main.beansFor(new String[] {"help", "rank"})).isEqualTo(Main.BEANS);
        assertThat(Main.beansFor(new String[0])).isEqualTo(Main.BEANS);
    }

    @Test
    void everyCommandBootsWithWhatItInjects() {
        for (Class<?> bean : Main.BEANS) {
            Command command = bean.getAnnotation(Command.class);
            if (command == null) continue;
            try (WeldContainer container = Main.boot(Main.beansFor(new String[] {command.name()}))) {
                assertThat(container.select(bean).isResolvable()).as(command.name()).isTrue();
            }
        }
    }
}
