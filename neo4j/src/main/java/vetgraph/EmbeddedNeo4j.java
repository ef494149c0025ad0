/*
 * Runs Neo4j Community in this JVM and serves it over Bolt, so the project has a real Neo4j
 * without Docker or a server tarball. Started (detached) by scripts/neo4j-runtime.js.
 *
 *   java -cp 'target/vetgraph-neo4j.jar:target/lib/*' vetgraph.EmbeddedNeo4j \
 *       --home DIR [--host 127.0.0.1] [--port 7687] [--watch-pid PID]
 *
 * Authentication is disabled: any user/password is accepted. This is a local test and
 * development server bound to loopback by default, never a deployment.
 * SIGTERM/SIGINT run the shutdown hook, which closes the DBMS cleanly (checkpoint, locks released).
 * With --watch-pid the server also stops when that process is gone, so a test run that dies
 * without its teardown does not leave a JVM behind.
 */
package vetgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class EmbeddedNeo4j {
    private static final long WATCH_INTERVAL_MS = 2000;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("vetgraph-neo4j: " + e.getMessage());
            System.err.println("usage: EmbeddedNeo4j --home DIR [--host 127.0.0.1] [--port 7687] [--watch-pid PID]");
            System.exit(2);
            return;
        }
        Path home = Path.of(options.get("home")).toAbsolutePath();
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = number(options.getOrDefault("port", "7687"), "--port");

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Small machine (2 cores): the graph is a few thousand nodes, 128 MiB is plenty.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                    // Neo4j preallocates 256 MiB transaction logs per database; 32 MiB, grown on demand, is plenty here.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                    // Bolt waits 5 s for idle worker threads at shutdown; a test run's teardown need not.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            // The stack first, the summary last: the start script shows the log's tail.
            e.printStackTrace();
            System.err.println("vetgraph-neo4j: could not start on " + host + ":" + port + ": " + e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("vetgraph-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("vetgraph-neo4j: stopped");
        }, "vetgraph-neo4j-shutdown"));

        // The start script waits on Bolt itself; this line is for people reading the log.
        System.out.println("vetgraph-neo4j: ready on bolt://" + host + ":" + port + " (home " + home + ")");

        String watched = options.get("watch-pid");
        if (watched != null) watch(number(watched, "--watch-pid"));
    }

    /** Exits (running the shutdown hook) once process `pid` has ended. */
    private static void watch(long pid) {
        Thread watcher = new Thread(() -> {
            while (true) {
                Optional<ProcessHandle> handle = ProcessHandle.of(pid);
                if (handle.isEmpty() || !handle.get().isAlive()) {
                    System.out.println("vetgraph-neo4j: watched process " + pid + " is gone");
                    System.exit(0);
                }
                try {
                    Thread.sleep(WATCH_INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "vetgraph-neo4j-watch");
        watcher.setDaemon(false);
        watcher.start();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i];
            if (!key.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + key + "'");
            }
            String name = key.substring(2);
            if (!name.equals("home") && !name.equals("host") && !name.equals("port") && !name.equals("watch-pid")) {
                throw new IllegalArgumentException("unknown option " + key);
            }
            options.put(name, args[i + 1]);
        }
        if (!options.containsKey("home")) throw new IllegalArgumentException("--home is required");
        return options;
    }

    private static int number(String raw, String option) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            System.err.println("vetgraph-neo4j: " + option + " '" + raw + "' is not a number");
            System.exit(2);
            return -1;
        }
    }
}
