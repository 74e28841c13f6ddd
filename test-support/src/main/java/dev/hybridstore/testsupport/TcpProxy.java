package dev.hybridstore.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free loopback port in front of one server, for outage tests of a server other test classes share:
 * {@link #cut()} drops every connection and refuses new ones, as a crashed server does; {@link #restore()} accepts
 * again on the same port. Start it before the application, so the application's settings can name {@link #port()}.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    /** The listening socket; null while cut. */
    private ServerSocket listening;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listening = listen(0);
        this.port = listening.getLocalPort();
    }

    public static TcpProxy to(String host, int port) throws IOException {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    public int port() {
        return port;
    }

    /** Closes every proxied connection and stops listening: connecting is refused until {@link #restore()}. */
    public synchronized void cut() {
        if (listening != null) {
            closeQuietly(listening);
            listening = null;
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Closes every proxied connection but keeps accepting: what clients see of a server that restarted at once. */
    public synchronized void dropConnections() {
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public synchronized void restore() throws IOException {
        if (listening == null) {
            listening = listen(port);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true); // the port comes back at once although cut connections linger in TIME_WAIT
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        daemon("tcp-proxy-accept-" + server.getLocalPort(), () -> accept(server));
        return server;
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // cut
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(target, 5_000);
                if (admit(server, client, upstream)) {
                    daemon("tcp-proxy-up", () -> pump(client, upstream));
                    daemon("tcp-proxy-down", () -> pump(upstream, client));
                }
            } catch (IOException e) {
                closeQuietly(client); // the server itself is unreachable: so is the proxy
            }
        }
    }

    /** Registers the pair unless a cut came between accepting and connecting, which must drop it too. */
    private synchronized boolean admit(ServerSocket server, Socket client, Socket upstream) {
        if (listening != server) {
            closeQuietly(client);
            closeQuietly(upstream);
            return false;
        }
        open.add(client);
        open.add(upstream);
        return true;
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) != -1;) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // Either side closed or was cut: the pair ends below.
        } finally {
            for (Socket s : new Socket[] {from, to}) {
                open.remove(s);
                closeQuietly(s);
            }
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing is best effort: the socket is gone either way.
        }
    }
}
