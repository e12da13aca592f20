package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.PlanProfile.RagMode;
import uk.gov.london.planreview.sample.StocktakeSample.Response;

/**
 * What the London sample was built to contain, written as CSV for tests of the reader,
 * the scorer and the good-practice classifier: where good practice and near misses were
 * planted, each plan's deliberate profile, and what the stock-take responses should be
 * read as.
 */
final class GroundTruth {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private GroundTruth() {
	}

	/** File name → content, for src/test/resources/sample/. */
	static Map<String, String> files(List<PlanDocument> london, List<Response> stocktake,
			AuthorityDirectory authorities) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("planted-good-practice.csv", planted(london, Entry::category));
		files.put("near-misses.csv", planted(london, Entry::nearMiss));
		files.put("plan-profiles.csv", profiles(london));
		files.put("stocktake-expected.csv", stocktake(stocktake, authorities));
		return files;
	}

	private static String planted(List<PlanDocument> plans, Function<Entry, String> category) {
		List<List<String>> rows = new ArrayList<>();
		for (PlanDocument plan : plans) {
			List<Block> blocks = new ArrayList<>(plan.blocks());
			blocks.addAll(plan.developing());
			for (Block block : blocks) {
				for (Entry entry : block.entries()) {
					if (category.apply(entry) != null) {
						rows.add(List.of(plan.profile().planId(), category.apply(entry), block.sheet(), entry.text()));
					}
				}
			}
		}
		return csv(List.of("authority_ons_code", "category", "sheet", "action_text"), rows);
	}

	private static String profiles(List<PlanDocument> plans) {
		List<List<String>> rows = new ArrayList<>();
		for (PlanDocument plan : plans) {
			PlanProfile p = plan.profile();
			rows.add(List.of(p.fileName(), p.planId(), p.version(), p.format().extension(), p.layout().csv,
					p.quality().csv(), p.ragMode().csv, notes(plan)));
		}
		return csv(List.of("plan_file", "authority_ons_codes", "template_version", "format", "layout", "quality",
				"rag_mode", "notes"), rows);
	}

	/**
	 * Sign-off, dates, how RAG is shown, quirks and what was planted, in words a reviewer
	 * can check.
	 */
	private static String notes(PlanDocument plan) {
		PlanProfile p = plan.profile();
		List<String> notes = new ArrayList<>();
		notes.add("sign-off " + p.signOff().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		notes.add("dates " + p.dateMode().name().toLowerCase(Locale.ROOT));
		int untouched = 0;
		int disagree = 0;
		int hidden = 0;
		for (Block block : plan.blocks()) {
			for (Entry e : block.entries()) {
				if (e.type() == ActionType.MANDATORY && e.lead() == null && e.outcome() == null && e.progress() == null
						&& e.rag() == Rag.NONE) {
					untouched++;
				}
				if (e.ragFill() != null && plan.colours().of(e.rag()) != e.ragFill()) {
					disagree++;
				}
				hidden += e.hidden() ? 1 : 0;
			}
		}
		if (p.ragMode() == RagMode.TEXT_AND_FILL) {
			notes.add("RAG text with matching fill");
		}
		if (p.ragMode() == RagMode.FILL_THEME) {
			notes.add("RAG fill as theme colours with tint");
		}
		if (disagree > 0) {
			notes.add(disagree + " RAG cells where text and colour disagree");
		}
		if (p.has(Quirk.TEMPLATE_UNTOUCHED)) {
			notes.add(untouched + " mandatory action(s) left as the template wrote them");
		}
		if (p.has(Quirk.HIDDEN_ROWS)) {
			notes.add(hidden + " hidden action row(s)");
		}
		for (Quirk quirk : Quirk.values()) {
			if (p.has(quirk) && quirk != Quirk.TEMPLATE_UNTOUCHED && quirk != Quirk.HIDDEN_ROWS
					&& quirk != Quirk.MANDATORY_DELETED) {
				notes.add(quirk.name().toLowerCase(Locale.ROOT).replace('_', ' '));
			}
		}
		if (!plan.deletedMandatory().isEmpty()) {
			notes.add("mandatory deleted: " + String.join(" ", plan.deletedMandatory()));
		}
		if (!p.goodPractice().isEmpty()) {
			notes.add("good practice: "
					+ String.join(" ", p.goodPractice().stream().map(PlanProfile.Planting::category).toList()));
		}
		return String.join("; ", notes);
	}

	private static String stocktake(List<Response> responses, AuthorityDirectory authorities) {
		Map<String, List<Response>> byAuthority = new LinkedHashMap<>();
		for (Authority a : authorities.all()) {
			byAuthority.put(a.onsCode(), new ArrayList<>());
		}
		responses.forEach(r -> byAuthority.get(r.authority().onsCode()).add(r));
		List<List<String>> rows = new ArrayList<>();
		for (Authority a : authorities.all()) {
			List<Response> theirs = byAuthority.get(a.onsCode());
			if (theirs.isEmpty()) {
				rows.add(List.of(a.onsCode(), a.name(), "0", "", "", "", "", "", ""));
				continue;
			}
			Response standing = theirs.get(theirs.size() - 1);
			rows.add(List.of(a.onsCode(), a.name(), String.valueOf(theirs.size()), standing.cells().get(0),
					standing.q1(), standing.q2(), yes(standing.q2()) ? "yes" : "no", standing.q3(), standing.q4()));
		}
		return csv(List.of("authority_ons_code", "authority", "responses", "standing_timestamp", "q1_answer",
				"q2_answer", "has_knife_crime_plan", "q3_collaboration", "q4_answer"), rows);
	}

	/**
	 * "Y", "yes", "Yes": the answers that mean yes to Q2 (the sample never qualifies a
	 * yes there).
	 */
	static boolean yes(String answer) {
		return answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes");
	}

	private static String csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
