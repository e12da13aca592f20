package uk.gov.london.planreview.history;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Copies the whole history of reviews (Spring Batch's job repository and plan-review's
 * own tables) from one database into another of the same schema version that holds none:
 * how a server that began on the embedded H2 moves to PostgreSQL. It is one transaction
 * on the target, so a move that fails leaves the target as empty as it was.
 */
public final class HistoryMove {

	/** Spring Batch's tables, parents before children (they have foreign keys). */
	private static final List<String> BATCH_TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
			"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_STEP_EXECUTION_CONTEXT");

	/** Spring Batch's sequences and the column each one numbers. */
	private static final Map<String, String[]> SEQUENCES = Map.of("BATCH_JOB_INSTANCE_SEQ",
			new String[] { "BATCH_JOB_INSTANCE", "JOB_INSTANCE_ID" }, "BATCH_JOB_EXECUTION_SEQ",
			new String[] { "BATCH_JOB_EXECUTION", "JOB_EXECUTION_ID" }, "BATCH_STEP_EXECUTION_SEQ",
			new String[] { "BATCH_STEP_EXECUTION", "STEP_EXECUTION_ID" });

	private static final int BATCH_SIZE = 1000;

	/** What was moved: rows by table, in the order they were copied. */
	public record Moved(Map<String, Long> rows, List<String> quarters) {

		public long reviews() {
			return this.rows.getOrDefault("review_run", 0L);
		}

	}

	/** Why a move was not made, in words for the person who asked. */
	public static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}

	}

	private HistoryMove() {
	}

	public static Moved move(DataSource from, DataSource to, Consumer<String> progress) throws SQLException, Refused {
		try (Connection source = from.getConnection(); Connection target = to.getConnection()) {
			source.setReadOnly(true);
			source.setAutoCommit(false);
			String version = schemaVersion(source);
			String targetVersion = schemaVersion(target);
			if (!version.equals(targetVersion)) {
				throw new Refused("The two databases are at different versions of plan-review's tables (" + version
						+ " and " + targetVersion + "): run ./run.sh check on the old database with this version of "
						+ "plan-review first, then move again.");
			}
			long held = count(target, "BATCH_JOB_INSTANCE");
			if (held > 0) {
				throw new Refused("The new database already holds the history of " + held + " run"
						+ (held == 1 ? "" : "s") + ": history is only moved into a database that holds none, so that "
						+ "nothing is mixed or lost. Nothing was moved.");
			}
			target.setAutoCommit(false);
			try {
				Map<String, Long> rows = new LinkedHashMap<>();
				for (String table : tables(source)) {
					long copied = copy(source, target, table);
					rows.put(table.toLowerCase(Locale.ROOT), copied);
					progress.accept("Moved " + table.toLowerCase(Locale.ROOT) + ": " + copied + " rows");
				}
				restartNumbering(target);
				for (Map.Entry<String, Long> table : rows.entrySet()) {
					long there = count(target, table.getKey());
					if (there != table.getValue()) {
						throw new SQLException(
								table.getKey() + " holds " + there + " rows after the move, not " + table.getValue());
					}
				}
				target.commit();
				return new Moved(rows, quarters(target));
			}
			catch (SQLException | RuntimeException ex) {
				target.rollback();
				throw ex;
			}
		}
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				// Flyway names its table and columns in lower case, quoted, in H2 as in
				// PostgreSQL.
				ResultSet rs = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
						+ " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
			List<String> versions = new ArrayList<>();
			while (rs.next()) {
				versions.add(rs.getString(1));
			}
			return versions.stream().max(Comparator.comparingInt(Integer::parseInt)).orElse("none");
		}
	}

	/**
	 * Every table of the source but Flyway's own, Spring Batch's in the order of their
	 * keys.
	 */
	private static List<String> tables(Connection source) throws SQLException {
		List<String> own = new ArrayList<>();
		DatabaseMetaData meta = source.getMetaData();
		try (ResultSet rs = meta.getTables(null, source.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
				if (!BATCH_TABLES.contains(name) && !name.equals("FLYWAY_SCHEMA_HISTORY")) {
					own.add(name);
				}
			}
		}
		own.sort(Comparator.naturalOrder());
		List<String> all = new ArrayList<>(BATCH_TABLES);
		all.addAll(own);
		return all;
	}

	private static long copy(Connection source, Connection target, String table) throws SQLException {
		try (Statement read = source.createStatement()) {
			read.setFetchSize(BATCH_SIZE);
			try (ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData columns = rs.getMetaData();
				int n = columns.getColumnCount();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= n; i++) {
					names.add(columns.getColumnName(i));
				}
				String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
						+ String.join(", ", Collections.nCopies(n, "?")) + ")";
				long copied = 0;
				try (PreparedStatement write = target.prepareStatement(insert)) {
					while (rs.next()) {
						for (int i = 1; i <= n; i++) {
							Object value = rs.getObject(i);
							write.setObject(i,
									(value instanceof Clob clob) ? clob.getSubString(1, (int) clob.length()) : value);
						}
						write.addBatch();
						if (++copied % BATCH_SIZE == 0) {
							write.executeBatch();
						}
					}
					write.executeBatch();
				}
				return copied;
			}
		}
	}

	/**
	 * Spring Batch's sequences and the tables' own identity columns go on from the
	 * highest number moved, so that the next run does not reuse one.
	 */
	private static void restartNumbering(Connection target) throws SQLException {
		try (Statement statement = target.createStatement()) {
			for (Map.Entry<String, String[]> sequence : SEQUENCES.entrySet()) {
				long next = max(target, sequence.getValue()[0], sequence.getValue()[1]) + 1;
				statement.execute("ALTER SEQUENCE " + sequence.getKey() + " RESTART WITH " + next);
			}
			for (String[] identity : identityColumns(target)) {
				long next = max(target, identity[0], identity[1]) + 1;
				statement
					.execute("ALTER TABLE " + identity[0] + " ALTER COLUMN " + identity[1] + " RESTART WITH " + next);
			}
		}
	}

	private static List<String[]> identityColumns(Connection target) throws SQLException {
		List<String[]> found = new ArrayList<>();
		try (ResultSet rs = target.getMetaData().getColumns(null, target.getSchema(), "%", "%")) {
			while (rs.next()) {
				if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
					found.add(new String[] { rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME") });
				}
			}
		}
		return found;
	}

	private static long max(Connection connection, String table, String column) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static List<String> quarters(Connection connection) throws SQLException {
		List<String> quarters = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT DISTINCT quarter FROM review_run ORDER BY quarter")) {
			while (rs.next()) {
				quarters.add(rs.getString(1));
			}
		}
		return quarters;
	}

}
