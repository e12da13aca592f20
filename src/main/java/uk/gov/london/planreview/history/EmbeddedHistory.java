package uk.gov.london.planreview.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database a server began with (data/plan-review.mv.db), opened to move
 * its history elsewhere: brought up to this version's tables first, as any run would.
 */
public final class EmbeddedHistory {

	private EmbeddedHistory() {
	}

	/**
	 * The database at this path (with or without .mv.db), or none if there is no such
	 * file.
	 */
	public static Optional<DataSource> open(Path file) {
		String base = file.toString().endsWith(".mv.db")
				? file.toString().substring(0, file.toString().length() - ".mv.db".length()) : file.toString();
		if (!Files.isRegularFile(Path.of(base + ".mv.db"))) {
			return Optional.empty();
		}
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE");
		h2.setUser("sa");
		h2.setPassword("");
		Flyway.configure()
			.dataSource(h2)
			.locations("classpath:db/migration/h2", "classpath:db/migration/common")
			.load()
			.migrate();
		return Optional.of(h2);
	}

	/** The file's name as people see it. */
	public static Path file(Path file) {
		return file.toString().endsWith(".mv.db") ? file : Path.of(file + ".mv.db");
	}

}
