package io.newsdigest.service.cli;

import io.newsdigest.service.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A port another process holds stops {@code serve} at once, with its number and a non-zero exit. */
class ServeCommandTest {

    @Test
    void aTakenPortIsOneLineNamingItAndExitCodeOne(@TempDir Path folder) throws Exception {
        assumeTrue(System.getenv("SERVER_PORT") == null, "SERVER_PORT would override the test's port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Path config = Files.writeString(folder.resolve("taken.yaml"),
                    "server:\n  port: " + port + "\n  host: 127.0.0.1\n");
            StringWriter err = new StringWriter();
            CommandLine command = Main.commandLine();
            command.setErr(new PrintWriter(err, true));

            int exit = command.execute("serve", "--config", config.toString());

            assertEquals(1, exit, err.toString());
            String message = err.toString().strip();
            assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
            assertTrue(message.startsWith("newsdigest serve: cannot listen on port " + port + " "), message);
            assertTrue(message.contains("SERVER_PORT="), "says how to choose another port: " + message);
        }
    }
}
