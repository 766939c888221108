package org.adjudicator.cli;

import jakarta.enterprise.inject.Instance;
import org.jboss.weld.environment.se.WeldContainer;
import picocli.CommandLine;

/** Lets picocli take its commands from the CDI container, so they can inject the host's parts. */
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
            return bean.get();
        }
        return fallback.create(type);
    }
}
