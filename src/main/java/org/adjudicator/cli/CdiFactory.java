package org.adjudicator.cli;

import jakarta.enterprise.inject.Instance;
import org.jboss.weld.environment.se.WeldContainer;
import picocli.CommandLine;

/**
 * Lets picocli take its commands from the CDI container, so they can inject the host's parts. A
 * command the container was started without (it boots only what the command to run needs) is made
 * plainly: picocli reads its options, it does not run.
 */
final class CdiFactory implements CommandLine.IFactory {
    private final WeldContainer container;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CdiFactory(WeldContainer container) {
        this.container = container;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (Main.BEANS.contains(type)) {
            Instance<K> bean = container.select(type);
            if (bean.isResolvable()) return bean.get();
        }
        return fallback.create(type);
    }
}
