package policycascades.harness;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.fs.FileUtils;

/**
 * Runs an in-process Neo4j 5 Community server until the JVM is stopped.
 *
 * <pre>
 * java [--add-opens ...] -cp target/classes:$(cat target/classpath.txt) \
 *     policycascades.harness.HarnessMain --bolt-port 0 --http-port 0 --uri-file FILE \
 *     [--workdir DIR] [--copy-from HOME] [--initial-password PASSWORD] [--exit-on-stdin-eof]
 * </pre>
 *
 * <p>Authentication is off unless --initial-password is given. With it, authentication is on and
 * the user neo4j has that password (at least 8 characters) from the first start: it is set with
 * {@code neo4j-admin dbms set-initial-password} (run in-process) into a home whose
 * data/dbms/auth.ini is copied into the server's home before the system database is created.
 *
 * <p>Port 0 picks a free port. Once the server answers, FILE is written atomically with the Bolt
 * URI on its first line and the HTTP URI (or nothing) on its second, and the Bolt URI is printed.
 * A port below 0 switches HTTP off. With --exit-on-stdin-eof the server stops when its standard
 * input closes, so it dies with the Python process that started it even if that one is killed.
 * With --copy-from the server starts on a copy of HOME's data/ (e.g. HOME/data/databases/neo4j
 * written by {@code neo4j-admin database import full} with NEO4J_HOME=HOME).
 */
public final class HarnessMain {
    private static final String HOST = "127.0.0.1";

    private HarnessMain() {}

    public static void main(String[] args) throws Exception {
        int boltPort = 0;
        int httpPort = 0;
        Path uriFile = null;
        Path workdir = null;
        Path copyFrom = null;
        String initialPassword = null;
        long pageCache = 128L * 1024 * 1024;
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bolt-port" -> boltPort = Integer.parseInt(args[++i]);
                case "--http-port" -> httpPort = Integer.parseInt(args[++i]);
                case "--uri-file" -> uriFile = Path.of(args[++i]);
                case "--workdir" -> workdir = Path.of(args[++i]);
                case "--copy-from" -> copyFrom = Path.of(args[++i]);
                case "--initial-password" -> initialPassword = args[++i];
                case "--pagecache" -> pageCache = bytes(args[++i]);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }

        Neo4jBuilder builder = workdir == null
                ? Neo4jBuilders.newInProcessBuilder()
                : Neo4jBuilders.newInProcessBuilder(Files.createDirectories(workdir));
        if (copyFrom != null) {
            builder = builder.copyFrom(copyFrom);
        }
        Path authHome = null;
        if (initialPassword != null) {
            authHome = initialPasswordHome(initialPassword, workdir);
            builder = builder.copyFrom(authHome).withConfig(GraphDatabaseSettings.auth_enabled, true);
        }
        builder = builder
                .withConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                // No usage reports: this machine reaches no host but its own.
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV may not read the server's files (defence in depth for POST /cypher).
                .withConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Test databases are small: don't reserve 256 MB per transaction log up front,
                // but give the page cache more than the harness's 8 MB default (128 MiB unless
                // --pagecache says otherwise: a benchmark's store may need its whole size).
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // Stop in about a second instead of ten (Netty's graceful quiet period).
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                .withConfig(HttpConnector.enabled, httpPort >= 0);
        if (httpPort >= 0) {
            builder = builder.withConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort));
        }

        long started = System.nanoTime();
        Neo4j neo4j = builder.build();
        if (authHome != null) {
            FileUtils.deleteDirectory(authHome);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-harness: stopping");
            try {
                neo4j.close();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-harness-shutdown"));

        String bolt = hostAndPort(neo4j.boltURI());
        String http = httpPort >= 0 ? hostAndPort(neo4j.httpURI()) : "";
        if (uriFile != null) {
            writeAtomically(uriFile, bolt + "\n" + http + "\n");
        }
        System.out.printf("neo4j-harness: started in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println("bolt " + bolt);
        if (!http.isEmpty()) {
            System.out.println("http " + http);
        }
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(HarnessMain::exitOnStdinEof, "neo4j-harness-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /**
     * A fresh home holding only data/dbms/auth.ini, written by neo4j-admin's own
     * set-initial-password; exits with code 2 if the command refuses the password.
     */
    private static Path initialPasswordHome(String password, Path workdir) throws IOException {
        Path home = workdir == null
                ? Files.createTempDirectory("neo4j-harness-auth-")
                : Files.createTempDirectory(Files.createDirectories(workdir), "auth-");
        Path conf = Files.createDirectories(home.resolve("conf"));
        int code = AdminTool.execute(new ExecutionContext(home, conf),
                "dbms", "set-initial-password", password);
        if (code != 0) {
            System.err.println("neo4j-admin dbms set-initial-password failed with code " + code);
            System.exit(2);
        }
        FileUtils.deleteDirectory(conf);  // the server keeps the harness's own configuration
        return home;
    }

    /** "bolt://127.0.0.1:7687/" becomes "bolt://127.0.0.1:7687". */
    /** A size such as 128m or 2g (k, m, g: powers of 1024; no suffix: bytes). */
    static long bytes(String size) {
        String s = size.trim().toLowerCase(java.util.Locale.ROOT);
        int shift = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1)) << shift;
    }

    private static String hostAndPort(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void exitOnStdinEof() {
        byte[] buffer = new byte[256];
        try (InputStream in = System.in) {
            while (in.read(buffer) >= 0) {
                // Discard; only the end of the stream matters.
            }
        } catch (IOException e) {
            // A broken pipe means the same as EOF: the parent is gone.
        }
        System.out.println("neo4j-harness: standard input closed, exiting");
        System.exit(0);
    }
}
