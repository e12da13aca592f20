package uk.gov.london.planreview.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.ScoreStore;

/**
 * index.html in a revision's folder: what the review of a quarter published, for someone
 * who knows the authority, not its code — every authority by name with its feedback, the
 * review, the stock-take, the workbook and the CSV files, and how many findings of each
 * severity there are. Written before the revision is published, so its manifest lists it;
 * like the rest of the revision it never changes afterwards.
 */
@Component
public class QuarterIndexPage {

	public static final String FILE = "index.html";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final AuthorityDirectory authorities;

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final FindingStore findings;

	private final PageWriter pages;

	QuarterIndexPage(AuthorityDirectory authorities, SubmissionStore submissions, ScoreStore scores,
			FindingStore findings, PageWriter pages) {
		this.authorities = authorities;
		this.submissions = submissions;
		this.scores = scores;
		this.findings = findings;
		this.pages = pages;
	}

	/** A link in a page, its address relative to the page. */
	public record Link(String label, String href) {
	}

	/** A file of the revision, with what it is for. */
	public record FileLink(String name, String description) {
	}

	/**
	 * An authority's line of the index.
	 *
	 * @param planId the plan that covers it, or empty
	 * @param note what else a reader needs: a joint plan, or why there is no plan
	 */
	public record AuthorityRow(String name, String code, String planId, List<Link> feedback, String overall,
			String rank, String note) {
	}

	/**
	 * @param folder the revision's folder, with its documents and tables already in it
	 */
	public void write(long runId, Quarter quarter, int revision, Instant runDate, Path folder) throws IOException {
		Map<String, Object> model = new HashMap<>();
		model.put("quarter", quarter.toString());
		model.put("period", quarter.describe());
		model.put("revision", revision);
		model.put("reviewDate", DATE.format(runDate.atZone(LONDON)));
		// The first revision is the quarter's folder; later ones are folders inside it.
		String up = revision == 1 ? "../" : "../../";
		model.put("outputIndex", up + FILE);
		model.put("previous", revision <= 1 ? null : new Link("revision " + (revision - 1),
				revision == 2 ? "../" + FILE : "../revision-" + (revision - 1) + "/" + FILE));
		Map<Severity, Integer> counts = this.findings.counts(runId);
		model.put("errors", counts.get(Severity.ERROR));
		model.put("warnings", counts.get(Severity.WARNING));
		model.put("infos", counts.get(Severity.INFO));
		model.put("files", files(folder));
		List<AuthorityRow> rows = authorities(runId, folder);
		model.put("authorities", rows);
		model.put("plans", rows.stream().map(AuthorityRow::planId).filter(p -> !p.isEmpty()).distinct().count());
		model.put("covered", rows.stream().filter(r -> !r.planId().isEmpty()).count());
		this.pages.write(folder.resolve(FILE), "site/quarter-index.ftl", model);
	}

	private static List<FileLink> files(Path folder) {
		List<FileLink> files = new ArrayList<>();
		for (OutputFile file : OutputFile.ALL) {
			if (Files.isRegularFile(folder.resolve(file.name())) || OutputFile.PUBLISHED_LAST.contains(file.name())) {
				files.add(new FileLink(file.name(), file.description()));
			}
		}
		return files;
	}

	private List<AuthorityRow> authorities(long runId, Path folder) {
		Map<String, Submission> accepted = new HashMap<>();
		Map<String, List<String>> unreadable = new LinkedHashMap<>();
		for (Submission s : this.submissions.submissions(runId)) {
			for (Authority a : s.authorities()) {
				if (s.status() == SubmissionStatus.ACCEPTED) {
					accepted.put(a.onsCode(), s);
				}
				else if (s.status() == SubmissionStatus.REJECTED) {
					unreadable.computeIfAbsent(a.onsCode(), k -> new ArrayList<>()).add(s.sourceFile());
				}
			}
		}
		Map<String, PlanScore> scored = new HashMap<>();
		this.scores.scores(runId).forEach(s -> scored.put(s.planId(), s));
		List<AuthorityRow> rows = new ArrayList<>();
		List<Authority> all = new ArrayList<>(this.authorities.all());
		all.sort(Comparator.comparing(Authority::name));
		for (Authority a : all) {
			Submission plan = accepted.get(a.onsCode());
			if (plan == null) {
				List<String> files = unreadable.get(a.onsCode());
				rows.add(new AuthorityRow(a.name(), a.onsCode(), "", List.of(), "", "",
						files == null ? "No plan received"
								: "No plan reviewed: " + Prose.list(files.stream().map(f -> "“" + f + "”").toList())
										+ " could not be read (see findings.csv)"));
				continue;
			}
			PlanScore score = scored.get(plan.planId());
			List<String> partners = plan.authorities()
				.stream()
				.filter(other -> !other.onsCode().equals(a.onsCode()))
				.map(Authority::name)
				.toList();
			rows.add(new AuthorityRow(a.name(), a.onsCode(), plan.planId(), feedback(folder, plan.planId()),
					score == null ? "" : Scores.format(score.overall()),
					score == null ? "" : Integer.toString(score.rank()),
					partners.isEmpty() ? "" : "Joint plan with " + Prose.list(partners) + " (" + plan.planId() + ")"));
		}
		return rows;
	}

	/** The plan's feedback, PDF and HTML, when the run made documents. */
	static List<Link> feedback(Path folder, String planId) {
		List<Link> links = new ArrayList<>();
		if (Files.isRegularFile(folder.resolve(OutputLayout.feedbackPdf(planId)))) {
			links.add(new Link("PDF", OutputLayout.feedbackPdf(planId)));
		}
		if (Files.isRegularFile(folder.resolve(OutputLayout.feedbackHtml(planId)))) {
			links.add(new Link("HTML", OutputLayout.feedbackHtml(planId)));
		}
		return links;
	}

}
