package uk.gov.london.planreview.templatebook;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * The plans reviewed before, from the database's history: a partnership's plan as its
 * last completed quarterly review read it.
 */
@Repository
class PlanHistory {

	/** A plan and the quarter whose review read it. */
	record Reviewed(Quarter quarter, Plan plan) {
	}

	private final JdbcClient jdbc;

	private final SubmissionStore submissions;

	PlanHistory(JdbcClient jdbc, SubmissionStore submissions) {
		this.jdbc = jdbc;
		this.submissions = submissions;
	}

	/**
	 * The plan covering all these authorities (a joint plan for a joint partnership) of
	 * the latest quarter reviewed, its latest revision.
	 */
	Optional<Reviewed> lastReviewed(List<Authority> authorities) {
		StringBuilder sql = new StringBuilder("""
				SELECT r.run_id, r.quarter, s.source_file FROM review_run r
				JOIN submission s ON s.run_id = r.run_id
				WHERE r.job = 'quarterlyReview' AND r.status = 'COMPLETED' AND s.status = 'ACCEPTED'""");
		for (int i = 0; i < authorities.size(); i++) {
			sql.append(" AND s.authorities LIKE ?");
		}
		sql.append(" ORDER BY r.quarter DESC, r.revision DESC, r.completed_at DESC, r.run_id DESC");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString());
		for (Authority authority : authorities) {
			statement = statement.param("%" + authority.onsCode() + "%");
		}
		return statement
			.query((rs, n) -> new Found(rs.getLong("run_id"), rs.getString("quarter"), rs.getString("source_file")))
			.list()
			.stream()
			.findFirst()
			.flatMap(this::read);
	}

	private record Found(long runId, String quarter, String sourceFile) {
	}

	private Optional<Reviewed> read(Found found) {
		return this.submissions.submissions(found.runId())
			.stream()
			.filter(s -> s.sourceFile().equals(found.sourceFile()))
			.findFirst()
			.map(s -> new Reviewed(Quarter.parse(found.quarter()), this.submissions.plan(found.runId(), s)));
	}

}
