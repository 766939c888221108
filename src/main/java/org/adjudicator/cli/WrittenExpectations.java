package org.adjudicator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.report.Messages;
import org.adjudicator.scenario.ScenarioText;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.ExpectationsUpdate;
import org.adjudicator.workflow.Verifier;

/**
 * The {@code expect:} block of a scenario a command writes with changes (a what-if's): kept when it
 * still holds; else each value that no longer holds rewritten in place to the new outcome, or removed
 * where there is nothing to write (a team no longer in a table, a tie not decided), with a comment
 * above the block that says which and why; else, when that is not enough (a status no longer
 * proven), the block turned into comments under a line that says why. {@code verify} passes on the
 * file written, or finds no expectation in it.
 */
final class WrittenExpectations {
    private WrittenExpectations() {
    }

    /**
     * The text with its expectations brought to {@code outcome} (the adjudication of that text), as
     * {@code command} says it did, its comments in the language of {@code m}.
     */
    static String brought(String text, Path out, Adjudication outcome, Scenarios scenarios, Verifier verifier, String command, Messages m) {
        Tournament written = scenarios.reader.read(out, text);
        if (written.expect() == null) return text;
        Verifier.Verdict verdict = verifier.verify(written, null, m);
        if (verdict.passed()) return text;
        ScenarioText updating = ScenarioText.of(text);
        ExpectationsUpdate update = ExpectationsUpdate.of(updating, outcome, m);
        if (!update.nothingLeft()) {
            List<String> lines = new ArrayList<>();
            lines.add(m.text("workflow.expect.brought", command));
            for (String c : update.changed()) lines.add("  " + c);
            for (String r : update.removed()) lines.add("  " + r);
            updating.commentAbove("expect", lines);
            String updated = updating.result();
            if (verifier.verify(scenarios.reader.read(out, updated), null).passed()) return updated;
        }
        ScenarioText removing = ScenarioText.of(text);
        List<String> lines = new ArrayList<>();
        lines.add(m.text("workflow.expect.commentedOut", command));
        for (String d : verdict.differences()) lines.add("  " + d);
        lines.add(m.text("workflow.expect.asWritten"));
        removing.commentOut("expect", lines);
        return removing.result();
    }
}
