package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.adjudicator.UserError;
import org.adjudicator.report.Messages;
import org.adjudicator.server.WebServer;
import org.adjudicator.server.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Start the officials' workspace: a local web page that shows every stage as run does, explains each "
                + "decision on a click, re-adjudicates the whole competition as scores are edited (what-if), tells what "
                + "a team needs and simulates the matches left.",
            "",
            "It serves only the scenarios given (default: scenarios/) and the regulation sets under rules/, listens "
                + "on 127.0.0.1 unless --host says otherwise, and writes no file. Stop it with Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  serve",
            "  serve scenarios/copa-peru-2017/national-stage.yaml --port 8081 --open"})
public class ServeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO_OR_FOLDER", arity = "0..*",
            description = "The scenario files to serve, or folders holding them (default: scenarios/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "The port (default 8080; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "The address to listen on (default 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--open", description = "Open the page in the default browser.")
    boolean open;

    @Option(names = "--debug", description = "On an error, also print the stack trace.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Inject
    WebServer server;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw UserError.at(null, "--port", "error.option.between", 0, 65535);
        Workspace workspace = Workspace.of(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths, Path.of("rules"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Language.of(spec);
        WebServer.Running running;
        try {
            running = server.start(workspace, host, port);
        } catch (java.net.BindException e) {
            throw UserError.at(null, "--port", "error.serve.cannotListen", host + ":" + port, e.getMessage());
        } catch (java.net.UnknownHostException e) {
            throw UserError.at(null, "--host", "error.serve.unknownHost", host);
        }
        if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
            err.println(m.text("workflow.serve.warning", host));
            err.flush();
        }
        out.println(m.text("workflow.serve.serving", workspace.scenarioNames().size(), workspace.setNames().size(), running.address()));
        workspace.scenarioNames().forEach(s -> out.println("  " + s));
        out.flush();
        if (open) openBrowser(running.address(), err, m);
        new CountDownLatch(1).await();
        return 0;
    }

    private static void openBrowser(String address, PrintWriter err, Messages m) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(address));
                return;
            }
        } catch (Exception | LinkageError e) {
            // said below
        }
        err.println(m.text("workflow.serve.noBrowser", address));
        err.flush();
    }
}
