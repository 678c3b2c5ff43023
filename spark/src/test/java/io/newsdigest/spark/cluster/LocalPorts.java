package io.newsdigest.spark.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface, for the servers whose port a test must know in advance. */
final class LocalPorts {

    private LocalPorts() {
    }

    /**
     * @return a port that was free a moment ago; another process may take it before ours binds it, which is rare
     *     and shows as a start-up failure naming the port, never as a wrong result
     */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
