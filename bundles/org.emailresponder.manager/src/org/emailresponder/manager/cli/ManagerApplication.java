package org.emailresponder.manager.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application {@code org.emailresponder.manager.cli}: the headless Manager's command line. */
public final class ManagerApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new Cli(System.out, System.err, in, System.getenv()).run(args);
    }

    @Override
    public void stop() {
        // the run command stops on SIGTERM through its shutdown hook
    }
}
