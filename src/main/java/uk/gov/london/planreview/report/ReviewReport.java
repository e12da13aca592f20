package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.ScoreStore;

/** The London-wide review: what was received, and how each plan scored. */
@Component
public class ReviewReport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final AuthorityDirectory authorities;

	private final DocumentWriter writer;

	ReviewReport(SubmissionStore submissions, ScoreStore scores, AuthorityDirectory authorities, DocumentWriter writer) {
		this.submissions = submissions;
		this.scores = scores;
		this.authorities = authorities;
		this.writer = writer;
	}

	public void write(long runId, String quarter, Instant runDate, Path target) throws IOException {
		List<Submission> all = this.submissions.submissions(runId);
		List<PlanScore> planScores = this.scores.scores(runId);
		List<String> covered = new ArrayList<>();
		List<Map<String, Object>> joint = new ArrayList<>();
		for (Submission s : all) {
			if (s.status() == SubmissionStatus.ACCEPTED) {
				s.authorities().forEach(a -> covered.add(a.onsCode()));
				if (s.authorities().size() > 1) {
					joint.add(Map.of("authorities", names(s.authorities()), "file", s.sourceFile()));
				}
			}
		}
		List<String> missing = this.authorities.all()
			.stream()
			.filter(a -> !covered.contains(a.onsCode()))
			.map(Authority::name)
			.toList();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PlanScore s : planScores) {
			Map<String, Object> row = new HashMap<>();
			row.put("authorities", s.authorities());
			row.put("version", s.templateVersion());
			row.put("actions", s.actions());
			row.put("completeness", Scores.format(s.completeness()));
			row.put("mandatory", Scores.format(s.mandatoryCoverage()));
			row.put("breadth", Scores.format(s.partnershipBreadth()));
			row.put("policeShare", Scores.formatShare(s.policeShare()));
			row.put("signedOff", s.signedOff().csv());
			row.put("overall", Scores.format(s.overall()));
			row.put("rank", s.rank());
			rows.add(row);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("quarter", quarter);
		model.put("date", DATE.format(runDate.atZone(ZoneId.of("Europe/London"))));
		model.put("plans", planScores.size());
		model.put("authoritiesCovered", covered.size());
		model.put("joint", joint);
		model.put("missing", missing);
		model.put("rejected", all.stream().filter(s -> s.status() == SubmissionStatus.REJECTED).map(Submission::sourceFile).toList());
		model.put("superseded", all.stream().filter(s -> s.status() == SubmissionStatus.SUPERSEDED).map(Submission::sourceFile).toList());
		model.put("rows", rows);
		this.writer.write("review.ftl", model, runDate, target);
	}

	private static String names(List<Authority> list) {
		return String.join(" and ", list.stream().map(Authority::name).toList());
	}

}
