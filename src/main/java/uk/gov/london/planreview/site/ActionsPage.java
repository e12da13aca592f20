package uk.gov.london.planreview.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.archive.AtomicFiles;
import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.report.Prose;

/**
 * actions.html at the root of the output folder: every action of every quarter reviewed
 * there (each quarter's current revision), with a filter that narrows them as one types
 * and columns that sort. One file with its data, styles and script inside it, so it works
 * opened from a shared drive with no network. The actions are read from the database one
 * at a time and written straight into the page as JSON, which the page's script reads as
 * data and shows as text, never as markup.
 */
final class ActionsPage {

	/** Where the page's template leaves the data to be written. */
	static final String DATA = "id=\"actions-data\">";

	/**
	 * A quarter whose actions the page lists, and the run that published its revision.
	 */
	record Source(QuarterFolder folder, long runId) {
	}

	/** How many plans and actions of a quarter the page lists. */
	record Count(int plans, int actions) {
	}

	private final SubmissionStore submissions;

	private final Path output;

	private final Map<String, Integer> strings = new LinkedHashMap<>();

	private final List<String[]> plans = new ArrayList<>();

	private final Map<String, Integer> planIndex = new LinkedHashMap<>();

	private int rows;

	ActionsPage(SubmissionStore submissions, Path output) {
		this.submissions = submissions;
		this.output = output;
	}

	/**
	 * @param page the page as its template renders it, with the data element empty
	 * @return how many plans and actions of each source it lists, in the same order
	 */
	List<Count> write(Path target, String page, List<Source> sources) throws IOException {
		int at = page.indexOf(DATA);
		if (at < 0) {
			throw new IllegalStateException("The template of actions.html has no element " + DATA + "…</script> "
					+ "for the actions: put it back (templates/site/actions.ftl).");
		}
		List<Count> counts = new ArrayList<>();
		AtomicFiles.write(target, out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			writer.write(page, 0, at + DATA.length());
			writer.write("{\"actions\":[");
			for (int q = 0; q < sources.size(); q++) {
				int plansBefore = this.plans.size();
				int rowsBefore = this.rows;
				actions(writer, q, sources.get(q));
				counts.add(new Count(this.plans.size() - plansBefore, this.rows - rowsBefore));
			}
			writer.write("],\n\"quarters\":[");
			for (int q = 0; q < sources.size(); q++) {
				QuarterFolder folder = sources.get(q).folder();
				writer.write(q == 0 ? "[" : ",[");
				ScriptJson.string(writer, folder.quarter().toString());
				writer.write(',');
				ScriptJson.string(writer, folder.quarter().describe());
				writer.write(']');
			}
			writer.write("],\n\"plans\":[");
			for (int p = 0; p < this.plans.size(); p++) {
				String[] plan = this.plans.get(p);
				writer.write(p == 0 ? "[" : ",\n[");
				writer.write(plan[0]);
				for (int i = 1; i < plan.length; i++) {
					writer.write(',');
					ScriptJson.string(writer, plan[i]);
				}
				writer.write(']');
			}
			writer.write("],\n\"strings\":[");
			boolean firstString = true;
			for (String s : this.strings.keySet()) {
				writer.write(firstString ? "" : ",");
				ScriptJson.string(writer, s);
				firstString = false;
			}
			writer.write("]}");
			writer.write(page, at + DATA.length(), page.length() - at - DATA.length());
			writer.flush();
		});
		return counts;
	}

	/** Writes a quarter's actions as rows. */
	private void actions(Writer writer, int quarterIndex, Source source) throws IOException {
		QuarterFolder folder = source.folder();
		Path revision = this.output.resolve(folder.folder(folder.current()));
		try {
			this.submissions.forEachAcceptedAction(source.runId(), (planId, authorities, sourceFile, seq, a) -> {
				int plan = plan(quarterIndex, planId, authorities, folder, revision);
				try {
					writer.write(this.rows == 0 ? "\n[" : ",\n[");
					writer.write(Integer.toString(plan));
					writer.write(',');
					ScriptJson.string(writer, a.ref());
					row(writer, a);
					writer.write(']');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.rows++;
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private void row(Writer writer, Action a) throws IOException {
		for (String value : List.of(a.theme(), a.type().csv(), String.join("; ", a.leadOrganisations()),
				a.rag().csv())) {
			writer.write(',');
			writer.write(Integer.toString(this.strings.computeIfAbsent(value, k -> this.strings.size())));
		}
		writer.write(',');
		ScriptJson.string(writer, a.text());
	}

	/**
	 * The plan's number in the page, the plan listed the first time one of its actions
	 * is.
	 */
	private int plan(int quarterIndex, String planId, List<Authority> authorities, QuarterFolder folder,
			Path revision) {
		return this.planIndex.computeIfAbsent(quarterIndex + " " + planId, key -> {
			String feedback = Files.isRegularFile(revision.resolve(OutputLayout.feedbackHtml(planId)))
					? folder.folder(folder.current()) + "/" + OutputLayout.feedbackHtml(planId) : null;
			this.plans.add(new String[] { Integer.toString(quarterIndex),
					Prose.list(authorities.stream().map(Authority::name).toList()), planId, feedback });
			return this.plans.size() - 1;
		});
	}

}
