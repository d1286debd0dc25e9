package local.jinyun.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts Neo4j Community (5.26 LTS) in-process with a Bolt connector, for machines without Docker.
 *
 * <p>Protocol on stdout (one line each, flushed):
 * <ul>
 *   <li>{@code NEO4J_READY bolt://HOST:PORT} once Bolt accepts connections and {@code RETURN 1} ran;</li>
 *   <li>{@code NEO4J_STOPPED} after a clean shutdown (SIGTERM/SIGINT or stdin EOF).</li>
 * </ul>
 * Startup errors print one line {@code NEO4J_ERROR <reason>} to stderr and exit with code 1.
 * Neo4j's own logs go to {@code <data-dir>/logs/} (debug.log, neo4j.log), not to stdout.
 */
public final class EmbeddedNeo4j {

    private static final String DEFAULT_DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
    private static final long STARTUP_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(180);

    /** Real stdout/stderr, captured before anything can redirect them. */
    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private static volatile DatabaseManagementService dbms;
    private static volatile Log4jLogProvider userLogProvider;
    private static volatile OutputStream userLogStream;
    private static final CountDownLatch startupFinished = new CountDownLatch(1);
    /** Set by the shutdown hook; a start that completes afterwards does not announce READY. */
    private static volatile boolean stopping;

    private EmbeddedNeo4j() {}

    /** Command-line options. */
    static final class Options {
        String boltHost = "127.0.0.1";
        int boltPort = 7687;
        Path dataDir = Paths.get(".data/neo4j");
        boolean apoc = false;
        long pageCacheBytes = ByteUnit.mebiBytes(128);
        boolean exitOnStdinClose = false;
    }

    /** A startup failure with a one-line, human readable reason. */
    static final class StartupException extends Exception {
        private static final long serialVersionUID = 1L;

        StartupException(String message) {
            super(message);
        }

        StartupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static void main(String[] args) {
        Options opts;
        try {
            opts = parseArgs(args);
        } catch (StartupException e) {
            startupFinished.countDown();
            fail(e);
            return;
        }
        if (opts == null) { // --help
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "embedded-neo4j-shutdown"));
        if (opts.exitOnStdinClose) {
            startStdinWatcher();
        }

        String readyUrl;
        try {
            readyUrl = start(opts);
        } catch (StartupException e) {
            // Stop whatever was started; the hook must not print NEO4J_STOPPED for a failed start.
            DatabaseManagementService started = dbms;
            dbms = null;
            startupFinished.countDown();
            if (started != null) {
                try {
                    started.shutdown();
                } catch (Throwable ignored) {
                    // best effort
                }
            }
            fail(e);
            return;
        } catch (Throwable t) {
            dbms = null;
            startupFinished.countDown();
            fail(new StartupException("unexpected failure while starting Neo4j: " + describe(rootCause(t)), t));
            return;
        }
        if (!stopping) {
            OUT.println("NEO4J_READY " + readyUrl);
            OUT.flush();
        }
        startupFinished.countDown();

        // Keep the main thread alive; the JVM ends via the shutdown hook (signal) or System.exit (stdin EOF).
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String start(Options opts) throws StartupException {
        Path home = prepareDataDir(opts.dataDir);
        InetAddress bindAddress = resolveHost(opts.boltHost);
        if (opts.boltPort != 0) {
            checkPortFree(bindAddress, opts.boltHost, opts.boltPort);
        }

        Map<Setting<?>, Object> config = new HashMap<>();
        config.put(GraphDatabaseSettings.auth_enabled, false);
        // Never phone home (Neo4j's "anonymous usage data" reporter is on by default).
        config.put(GraphDatabaseSettings.udc_enabled, false);
        config.put(GraphDatabaseInternalSettings.udc_network_enabled, false);
        config.put(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes);
        config.put(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        // Do not reserve 256 MiB per transaction log up front (system + neo4j = 512 MiB for an empty dev db).
        config.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress(opts.boltHost, opts.boltPort));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Bolt's shutdown otherwise idles 5s + 5s even with no connections (databases are already
        // stopped and checkpointed at that point), which makes every test-suite teardown slow.
        config.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        config.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        if (opts.apoc) {
            config.put(GraphDatabaseSettings.plugin_dir, prepareApocPlugins(home));
            config.put(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
            config.put(GraphDatabaseSettings.procedure_allowlist, List.of("apoc.*"));
        }

        Path userLog = home.resolve("logs").resolve("neo4j.log");
        try {
            Files.createDirectories(userLog.getParent());
            userLogStream = Files.newOutputStream(userLog,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StartupException("data dir not writable: cannot open " + userLog + ": " + describe(e), e);
        }
        userLogProvider = new Log4jLogProvider(userLogStream);

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(config)
                    .setUserLogProvider(userLogProvider)
                    .build();
        } catch (Throwable t) {
            throw classify(t, opts);
        }
        dbms = service;

        GraphDatabaseService db;
        try {
            db = service.database(DEFAULT_DATABASE);
        } catch (Throwable t) {
            throw new StartupException("default database '" + DEFAULT_DATABASE + "' not found: " + describe(t), t);
        }
        if (!db.isAvailable(STARTUP_TIMEOUT_MS)) {
            throw new StartupException("database '" + DEFAULT_DATABASE + "' did not become available within "
                    + (STARTUP_TIMEOUT_MS / 1000) + "s (see " + home.resolve("logs/debug.log") + ")");
        }
        try {
            Object one = db.executeTransactionally("RETURN 1 AS one", Map.of(),
                    r -> r.hasNext() ? r.next().get("one") : null);
            if (!(one instanceof Number) || ((Number) one).longValue() != 1L) {
                throw new StartupException("sanity query RETURN 1 returned " + one);
            }
        } catch (StartupException e) {
            throw e;
        } catch (Throwable t) {
            throw new StartupException("sanity query RETURN 1 failed: " + describe(rootCause(t)), t);
        }

        int port = boltPort(db, opts.boltPort);
        String connectHost = connectHost(opts.boltHost, bindAddress);
        checkBoltAnswers(connectHost, port);
        return "bolt://" + urlHost(connectHost) + ":" + port;
    }

    // ---------------------------------------------------------------- shutdown

    private static void shutdown() {
        stopping = true;
        try {
            // A signal during startup: let the start finish (or fail) first, then stop it cleanly.
            startupFinished.await(STARTUP_TIMEOUT_MS + 30_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService service = dbms;
        dbms = null;
        if (service == null) {
            return; // failed start (already reported) or nothing started
        }
        try {
            service.shutdown();
        } catch (Throwable t) {
            ERR.println("NEO4J_ERROR shutdown failed: " + describe(rootCause(t)));
            t.printStackTrace(ERR);
        }
        closeUserLog();
        OUT.println("NEO4J_STOPPED");
        OUT.flush();
    }

    private static void closeUserLog() {
        try {
            if (userLogProvider != null) {
                userLogProvider.close();
            }
            if (userLogStream != null) {
                userLogStream.close();
            }
        } catch (Throwable ignored) {
            // best effort
        }
    }

    private static void startStdinWatcher() {
        Thread watcher = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                InputStream in = System.in;
                while (in.read(buf) >= 0) {
                    // discard
                }
            } catch (IOException ignored) {
                // treat like EOF
            }
            System.exit(0); // runs the shutdown hook: clean shutdown + NEO4J_STOPPED
        }, "embedded-neo4j-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    // ---------------------------------------------------------------- checks

    private static Path prepareDataDir(Path dataDir) throws StartupException {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException | SecurityException e) {
            throw new StartupException("data dir not writable: cannot create " + home + ": " + describe(e), e);
        }
        if (!Files.isDirectory(home)) {
            throw new StartupException("data dir not writable: " + home + " is not a directory");
        }
        try {
            // Files.isWritable() says yes to root even on read-only mounts; really write something.
            Path probe = Files.createTempFile(home, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupException("data dir not writable: " + home + ": " + describe(e), e);
        }
        return home;
    }

    private static InetAddress resolveHost(String host) throws StartupException {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new StartupException("cannot resolve --bolt-host " + host, e);
        }
    }

    private static void checkPortFree(InetAddress address, String host, int port) throws StartupException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new StartupException("cannot bind Bolt to " + urlHost(host) + ":" + port
                    + ": port in use (" + describe(e) + ")", e);
        }
    }

    /**
     * Neo4j only discovers procedures in jars of its plugin directory (the server launcher also puts those jars
     * on the classpath, which is where APOC's extension factories are found). So {@code <data-dir>/plugins/} is
     * (re)filled with links to the APOC jars that are on the classpath: apoc-core and apoc-common only, so the
     * procedure scanner does not walk unrelated third-party jars.
     */
    private static Path prepareApocPlugins(Path home) throws StartupException {
        Path core = jarOf("apoc.help.Help", "apoc-core");
        Path common = jarOf("apoc.ApocConfig", "apoc-common");
        Path plugins = home.resolve("plugins");
        try {
            Files.createDirectories(plugins);
            java.util.Set<Path> wanted = new java.util.LinkedHashSet<>(List.of(core, common));
            try (java.util.stream.Stream<Path> old = Files.list(plugins)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    boolean keep = Files.isSymbolicLink(p) && wanted.contains(Files.readSymbolicLink(p));
                    if (p.getFileName().toString().endsWith(".jar") && !keep) {
                        Files.delete(p); // stale link or copy (e.g. another APOC version)
                    }
                }
            }
            for (Path jar : wanted) {
                Path link = plugins.resolve(jar.getFileName());
                if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Files.createSymbolicLink(link, jar);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(jar, link);
                }
            }
        } catch (IOException e) {
            throw new StartupException("data dir not writable: cannot prepare " + plugins + ": " + describe(e), e);
        }
        return plugins;
    }

    private static Path jarOf(String className, String artifact) throws StartupException {
        Class<?> marker;
        try {
            marker = Class.forName(className, false, EmbeddedNeo4j.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StartupException("--apoc given but " + artifact + " is not on the classpath "
                    + "(build with -Papoc and add target/lib-apoc/* to -cp)", e);
        }
        try {
            Path jar = Paths.get(marker.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new StartupException("--apoc: " + artifact + " classes must come from a jar, found " + jar);
            }
            return jar;
        } catch (URISyntaxException | RuntimeException e) {
            throw new StartupException("--apoc: cannot locate the " + artifact + " jar: " + describe(e), e);
        }
    }

    private static int boltPort(GraphDatabaseService db, int requested) throws StartupException {
        try {
            ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
            if (address == null) {
                throw new StartupException("Bolt connector did not register a listen address");
            }
            return address.getPort();
        } catch (StartupException e) {
            throw e;
        } catch (Throwable t) {
            if (requested != 0) {
                return requested;
            }
            throw new StartupException("cannot determine the Bolt port: " + describe(t), t);
        }
    }

    /** Opens a socket to Bolt and performs the version handshake. */
    private static void checkBoltAnswers(String host, int port) throws StartupException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {
                (byte) 0x60, (byte) 0x60, (byte) 0xB0, (byte) 0x17, // Bolt magic preamble
                0, 8, 8, 5, // 5.8 down to 5.0
                0, 0, 4, 4, // 4.4
                0, 0, 0, 0,
                0, 0, 0, 0});
            out.flush();
            byte[] answer = socket.getInputStream().readNBytes(4);
            if (answer.length != 4) {
                throw new StartupException("Bolt on " + host + ":" + port + " closed the connection during the handshake");
            }
        } catch (IOException e) {
            throw new StartupException("Bolt on " + host + ":" + port + " does not answer: " + describe(e), e);
        }
    }

    private static String connectHost(String boltHost, InetAddress bindAddress) {
        if (bindAddress.isAnyLocalAddress()) {
            return bindAddress instanceof java.net.Inet6Address ? "::1" : "127.0.0.1";
        }
        return boltHost;
    }

    private static String urlHost(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    // ---------------------------------------------------------------- errors

    private static StartupException classify(Throwable t, Options opts) {
        // Look at the innermost causes first: outer Neo4j exceptions repeat their cause's message.
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(0, c);
        }
        for (Throwable c : chain) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (c instanceof BindException || name.endsWith("PortBindException")) {
                return new StartupException("cannot bind Bolt to " + urlHost(opts.boltHost) + ":" + opts.boltPort
                        + ": port in use (" + describe(c) + ")", t);
            }
            if (name.endsWith("FileLockException") || msg.contains("locked by another process")
                    || msg.contains("Unable to obtain lock")) {
                return new StartupException("store locked by another process: data dir "
                        + opts.dataDir.toAbsolutePath().normalize() + " is in use (" + describe(c) + ")", t);
            }
            if (c instanceof java.nio.file.AccessDeniedException
                    || c instanceof java.nio.file.ReadOnlyFileSystemException
                    || msg.contains("Read-only file system") || msg.contains("Permission denied")) {
                return new StartupException("data dir not writable: " + describe(c), t);
            }
        }
        return new StartupException("failed to start Neo4j: " + describe(rootCause(t)), t);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage();
        String text = t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static void fail(StartupException e) {
        closeUserLog();
        ERR.println("NEO4J_ERROR " + e.getMessage().replace('\n', ' '));
        if (e.getCause() != null) {
            e.getCause().printStackTrace(ERR);
        }
        ERR.flush();
        OUT.flush();
        System.exit(1);
    }

    // ---------------------------------------------------------------- arguments

    private static final String USAGE = String.join("\n",
            "Usage: java [JVM flags] -cp 'target/embedded-neo4j.jar:target/lib/*[:target/lib-apoc/*]' \\",
            "            local.jinyun.neo4j.EmbeddedNeo4j [options]",
            "  --bolt-host HOST         interface for Bolt (default 127.0.0.1)",
            "  --bolt-port PORT         Bolt port (default 7687; 0 = pick a free port, reported in NEO4J_READY)",
            "  --data-dir DIR           Neo4j home: data/ and logs/ live here (default .data/neo4j)",
            "  --page-cache SIZE        page cache size, e.g. 128m, 1g (default 128m)",
            "  --apoc                   load APOC from the classpath, allow and unrestrict apoc.*",
            "  --exit-on-stdin-close    shut down cleanly when stdin reaches EOF (parent process died)",
            "  --help                   this text",
            "stdout: 'NEO4J_READY bolt://HOST:PORT' when ready, 'NEO4J_STOPPED' after shutdown.",
            "stderr: 'NEO4J_ERROR <reason>' on startup failure (exit code 1).");

    static Options parseArgs(String[] args) throws StartupException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help":
                case "-h":
                    OUT.println(USAGE);
                    OUT.flush();
                    return null;
                case "--apoc":
                    o.apoc = true;
                    break;
                case "--exit-on-stdin-close":
                    o.exitOnStdinClose = true;
                    break;
                case "--bolt-host":
                case "--bolt-port":
                case "--data-dir":
                case "--page-cache":
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new StartupException("missing value for " + arg);
                        }
                        value = args[++i];
                    }
                    applyValue(o, arg, value);
                    break;
                default:
                    throw new StartupException("unknown argument " + args[i] + " (try --help)");
            }
        }
        return o;
    }

    private static void applyValue(Options o, String arg, String value) throws StartupException {
        switch (arg) {
            case "--bolt-host":
                if (value.isBlank()) {
                    throw new StartupException("--bolt-host must not be empty");
                }
                o.boltHost = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
                break;
            case "--bolt-port":
                try {
                    o.boltPort = Integer.parseInt(value.trim());
                } catch (NumberFormatException e) {
                    throw new StartupException("--bolt-port must be a number, got '" + value + "'");
                }
                if (o.boltPort < 0 || o.boltPort > 65535) {
                    throw new StartupException("--bolt-port must be 0..65535, got " + o.boltPort);
                }
                break;
            case "--data-dir":
                if (value.isBlank()) {
                    throw new StartupException("--data-dir must not be empty");
                }
                o.dataDir = Paths.get(value);
                break;
            case "--page-cache":
                try {
                    o.pageCacheBytes = ByteUnit.parse(value.trim());
                } catch (RuntimeException e) {
                    throw new StartupException("--page-cache must be a size like 128m or 1g, got '" + value + "'");
                }
                if (o.pageCacheBytes < ByteUnit.mebiBytes(8)) {
                    throw new StartupException("--page-cache must be at least 8m, got '" + value + "'");
                }
                break;
            default:
                throw new StartupException("unknown argument " + arg);
        }
    }
}
