package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.adjudicator.Cli;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run's command line holds the command it runs alone (a quicker start), and reads, shows and answers as with every command. */
class OneCommandTest {
    private static final PrintWriter DISCARD = new PrintWriter(Writer.nullWriter());

    @Test
    void aCommandNamedFirstIsBuiltAlone() {
        assertThat(Main.commandsFor(new String[] {"rank", "x.yaml"})).containsExactly(RankCommand.class);
        assertThat(Main.commandsFor(new String[] {"rules", "check", "rules/base"})).containsExactly(RulesCommand.class);
        assertThat(Main.commandsFor(new String[] {"help", "rank"})).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor(new String[] {})).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor(new String[] {"--help"})).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor(new String[] {"rnak", "x.yaml"})).isEqualTo(Main.COMMANDS);
    }

    @Test
    void eachCommandAloneShowsTheUsageAndVersionItHasAmongTheOthers() {
        try (WeldContainer container = Main.boot()) {
            CommandLine all = Main.commandLine(container, DISCARD, DISCARD);
            assertThat(all.getSubcommands()).hasSize(Main.COMMANDS.size());
            for (String name : all.getSubcommands().keySet()) {
                if (name.equals("help")) continue;
                CommandLine alone = Main.commandLine(container, DISCARD, DISCARD, new String[] {name});
                assertThat(alone.getSubcommands()).containsOnlyKeys(name);
                CommandLine sub = alone.getSubcommands().get(name);
                assertThat(sub.getUsageMessage()).as(name).isEqualTo(all.getSubcommands().get(name).getUsageMessage());
                assertThat(sub.getCommandSpec().version()).as(name).containsExactly("adjudicator 0.1.0");
                assertThat(sub.getCommandSpec().qualifiedName()).isEqualTo("adjudicator " + name);
                assertThat(sub.getSubcommands().keySet()).isEqualTo(all.getSubcommands().get(name).getSubcommands().keySet());
            }
        }
    }

    @Test
    void aMistakeInACommandAloneReadsAsBefore() {
        Cli.Result unknownOption = Cli.run("rank", "scenarios/copa-peru-2017/final-group.yaml", "--fromat", "json");
        assertThat(unknownOption.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknownOption.err()).isEqualTo("Unknown options: '--fromat', 'json'; see 'adjudicator rank --help'" + System.lineSeparator());
        Cli.Result version = Cli.run("rank", "--version");
        assertThat(version.out()).isEqualTo("adjudicator 0.1.0" + System.lineSeparator());
        Cli.Result misspelt = Cli.run("rnak", "x.yaml");
        assertThat(misspelt.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(misspelt.err()).contains("did you mean \"rank\"?");
    }

    @Test
    void twoContainersAtOnceHaveIdsOfTheirOwn() {
        try (WeldContainer first = Main.boot(); WeldContainer second = Main.boot()) {
            assertThat(first.getId()).isNotEqualTo(second.getId());
        }
    }
}
