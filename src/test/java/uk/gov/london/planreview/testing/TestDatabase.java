package uk.gov.london.planreview.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the job tests run against: an H2 file by default, or, when
 * {@code -Dplanreview.test.database=postgresql} (the second surefire run of
 * {@code mvnw verify}), a real PostgreSQL started from a Maven artifact, a fresh database
 * each time one is asked for.
 */
public final class TestDatabase {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static boolean postgresql() {
		return "postgresql".equals(System.getProperty("planreview.test.database", "h2").toLowerCase(Locale.ROOT));
	}

	/** A new, empty database's JDBC URL (user and password "postgres" for PostgreSQL). */
	public static String url(Path folder) {
		if (!postgresql()) {
			// As the application's own default: several processes may use it at once.
			return "jdbc:h2:file:" + folder.resolve("db/plan-review") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
		}
		String name = "planreview_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (java.io.IOException ignored) {
					// The JVM is exiting; the server's folder is temporary.
				}
			}));
		}
		return postgres;
	}

}
