package org.adjudicator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "needs", mixinStandardHelpOptions = true, description = "What a team needs from the remaining matches (not yet built).")
public class NeedsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
