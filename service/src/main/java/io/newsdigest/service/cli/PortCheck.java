package io.newsdigest.service.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds out before anything is loaded whether the server's port can be bound, so that a port another process
 * holds stops the start with one line naming it (and a non-zero exit) instead of a stack trace from inside the
 * web server. The port is released again at once; the server binds it a moment later.
 */
final class PortCheck {

    private PortCheck() {
    }

    /**
     * @throws IllegalStateException naming the host, the port and the way out when the port cannot be bound
     */
    static void requireBindable(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            // The web server binds with SO_REUSEADDR too: a port left in TIME_WAIT is free for both.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(unavailable(host, port, e.getMessage()));
        }
    }

    /** The message for a port the server cannot listen on. */
    static String unavailable(String host, int port, String reason) {
        String why = reason == null || reason.isBlank() ? "it cannot be bound" : reason;
        return "cannot listen on port " + port + " (host " + host + "): " + why
                + ". Stop the process that holds it, or choose another port: SERVER_PORT=" + (port == 65535 ? 8081 : port + 1)
                + " java -jar newsdigest.jar";
    }
}
