package uk.gov.london.planreview.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.site.QuarterIndexPage.Link;

/**
 * The two pages at the root of the output folder, rebuilt each time a review is published
 * there: index.html, every quarter reviewed with its current revision, and actions.html,
 * every action of every quarter. They belong to no revision (no manifest lists them), and
 * each is written whole.
 */
@Component
public class OutputPages {

	public static final String INDEX = "index.html";

	public static final String ACTIONS = "actions.html";

	/**
	 * The index's table of feedback by authority shows this many quarters, newest first.
	 */
	static final int FEEDBACK_QUARTERS = 8;

	private static final Logger log = LoggerFactory.getLogger(OutputPages.class);

	private final AuthorityDirectory authorities;

	private final MovementStore runs;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final PageWriter pages;

	OutputPages(AuthorityDirectory authorities, MovementStore runs, SubmissionStore submissions, FindingStore findings,
			PageWriter pages) {
		this.authorities = authorities;
		this.runs = runs;
		this.submissions = submissions;
		this.findings = findings;
		this.pages = pages;
	}

	/**
	 * A quarter's line in the index.
	 *
	 * @param index its current revision's index.html, or null when that revision has none
	 * @param listed whether actions.html lists its actions (its review is in this
	 * database's history)
	 */
	public record QuarterRow(String quarter, String period, int revision, String index, List<Link> files,
			List<Link> earlier, boolean listed, int plans, int actions, int errors, int warnings, int infos) {
	}

	/** An authority's feedback, quarter by quarter: each cell its links, or none. */
	public record FeedbackRow(String name, String code, List<List<Link>> quarters) {
	}

	/**
	 * Rebuilds both pages from the output folder and the job history. The quarter's
	 * review is published already: a page that cannot be written is reported, not a
	 * reason to fail the run, and is rewritten at the next publication.
	 * @return a line for the person running the review
	 */
	public String rebuild(Path output) {
		Path root = output.toAbsolutePath().normalize();
		try {
			List<QuarterFolder> quarters = QuarterFolder.find(root);
			List<ActionsPage.Source> sources = new ArrayList<>();
			Map<QuarterFolder, Long> runIds = new HashMap<>();
			for (QuarterFolder q : quarters) {
				Optional<Long> run = q.reviewed() ? this.runs.publishedRun(q.quarter(), root, q.current())
						: Optional.empty();
				run.ifPresent(id -> {
					sources.add(new ActionsPage.Source(q, id));
					runIds.put(q, id);
				});
			}
			Map<String, Object> actionsModel = new HashMap<>();
			actionsModel.put("quarters", sources.stream().map(s -> s.folder().quarter().toString()).toList());
			actionsModel.put("unlisted",
					quarters.stream()
						.filter(q -> q.reviewed() && !runIds.containsKey(q))
						.map(q -> q.quarter().toString())
						.toList());
			List<ActionsPage.Count> counts = new ActionsPage(this.submissions, root).write(root.resolve(ACTIONS),
					this.pages.render("site/actions.ftl", actionsModel), sources);
			Map<QuarterFolder, ActionsPage.Count> counted = new HashMap<>();
			for (int i = 0; i < sources.size(); i++) {
				counted.put(sources.get(i).folder(), counts.get(i));
			}
			writeIndex(root, quarters, runIds, counted);
			int actions = counts.stream().mapToInt(ActionsPage.Count::actions).sum();
			return "Updated " + root.resolve(INDEX) + " (" + quarters.size()
					+ (quarters.size() == 1 ? " quarter" : " quarters") + ") and " + ACTIONS + " (" + actions
					+ (actions == 1 ? " action" : " actions") + ")";
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not rebuild the pages at the root of {}", root, ex);
			return "The review is published, but " + INDEX + " and " + ACTIONS + " in " + root
					+ " could not be rewritten (" + ex.getMessage() + "). They are rewritten at the next review; "
					+ "the quarter's own index.html is in its folder.";
		}
	}

	private void writeIndex(Path root, List<QuarterFolder> quarters, Map<QuarterFolder, Long> runIds,
			Map<QuarterFolder, ActionsPage.Count> counted) throws IOException {
		List<QuarterRow> rows = new ArrayList<>();
		for (QuarterFolder q : quarters) {
			Long runId = runIds.get(q);
			Map<Severity, Integer> found = runId == null ? Map.of() : this.findings.counts(runId);
			ActionsPage.Count count = counted.getOrDefault(q, new ActionsPage.Count(0, 0));
			String current = q.reviewed() ? q.folder(q.current()) : null;
			rows.add(new QuarterRow(q.quarter().toString(), q.quarter().describe(), q.current(),
					current != null && Files.isRegularFile(root.resolve(current).resolve(QuarterIndexPage.FILE))
							? current + "/" + QuarterIndexPage.FILE : null,
					files(root, q), earlier(root, q), runId != null, count.plans(), count.actions(),
					found.getOrDefault(Severity.ERROR, 0), found.getOrDefault(Severity.WARNING, 0),
					found.getOrDefault(Severity.INFO, 0)));
		}
		List<QuarterFolder> recent = quarters.stream()
			.filter(QuarterFolder::reviewed)
			.limit(FEEDBACK_QUARTERS)
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("quarters", rows);
		model.put("feedbackQuarters", recent.stream().map(q -> q.quarter().toString()).toList());
		model.put("feedback", feedback(root, recent));
		model.put("actions", counted.values().stream().mapToInt(ActionsPage.Count::actions).sum());
		model.put("listedQuarters", counted.size());
		this.pages.write(root.resolve(INDEX), "site/output-index.ftl", model);
	}

	/** The current revision's documents, workbook and findings, and a stock-take's. */
	private static List<Link> files(Path root, QuarterFolder q) {
		List<Link> links = new ArrayList<>();
		if (q.reviewed()) {
			String folder = q.folder(q.current());
			for (String name : List.of("review.pdf", "review.html", "review.xlsx", "stocktake.pdf", "findings.csv")) {
				if (Files.isRegularFile(root.resolve(folder).resolve(name))) {
					links.add(new Link(name, folder + "/" + name));
				}
			}
		}
		if (q.stocktake() > 0) {
			String folder = q.stocktakeFolder();
			for (String name : List.of("stocktake.pdf", "stocktake-responses.csv")) {
				if (Files.isRegularFile(root.resolve(folder).resolve(name))) {
					links.add(new Link("stocktake/" + name, folder + "/" + name));
				}
			}
		}
		return links;
	}

	/** The revisions the current one replaced, each to its index or its folder. */
	private static List<Link> earlier(Path root, QuarterFolder q) {
		List<Link> links = new ArrayList<>();
		for (int revision : q.revisions()) {
			if (revision != q.current()) {
				String folder = q.folder(revision);
				boolean indexed = Files.isRegularFile(root.resolve(folder).resolve(QuarterIndexPage.FILE));
				links.add(new Link("revision " + revision,
						indexed ? folder + "/" + QuarterIndexPage.FILE : folder + "/"));
			}
		}
		return links;
	}

	/**
	 * Each authority's feedback in the recent quarters, found from the feedback files
	 * themselves: a plan's file is named by the codes of the authorities it covers.
	 */
	private List<FeedbackRow> feedback(Path root, List<QuarterFolder> recent) throws IOException {
		List<Map<String, List<Link>>> byQuarter = new ArrayList<>();
		for (QuarterFolder q : recent) {
			Map<String, List<Link>> links = new HashMap<>();
			String folder = q.folder(q.current());
			Path revision = root.resolve(folder);
			Path feedback = revision.resolve("feedback");
			if (Files.isDirectory(feedback)) {
				try (Stream<Path> files = Files.list(feedback)) {
					for (Path file : files.toList()) {
						String name = file.getFileName().toString();
						if (name.endsWith(".pdf")) {
							String planId = name.substring(0, name.length() - ".pdf".length());
							List<Link> found = QuarterIndexPage.feedback(revision, planId)
								.stream()
								.map(l -> new Link(l.label(), folder + "/" + l.href()))
								.toList();
							for (String code : planId.split("\\+")) {
								links.put(code, found);
							}
						}
					}
				}
			}
			byQuarter.add(links);
		}
		List<Authority> all = new ArrayList<>(this.authorities.all());
		all.sort(Comparator.comparing(Authority::name));
		List<FeedbackRow> rows = new ArrayList<>();
		for (Authority a : all) {
			List<List<Link>> cells = byQuarter.stream().map(m -> m.getOrDefault(a.onsCode(), List.of())).toList();
			if (cells.stream().anyMatch(c -> !c.isEmpty())) {
				rows.add(new FeedbackRow(a.name(), a.onsCode(), cells));
			}
		}
		return rows;
	}

}
