package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The wording the sample is written from, kept as CSV files beside this class so that the
 * prose can be read and edited without wading through Java: local actions, planted good
 * practice, near misses, how the template's mandatory actions get filled in, the optional
 * menu, organisation names and stock phrases.
 */
final class Vocabulary {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private static final Vocabulary INSTANCE = new Vocabulary();

	/**
	 * Local, police-only and developing actions; {@code kind} is local, police or
	 * developing.
	 */
	final List<Idea> actions;

	/** Good practice wording by category id, in file order. */
	final Map<String, List<Idea>> goodPractice;

	/** Actions that share words with a good-practice category without being it. */
	final List<Idea> nearMisses;

	/** How a council fills in a mandatory action, by "version:ref". */
	final Map<String, Fill> fills;

	final List<Option> optional;

	/** Organisation names by partner key (cs, yos, ph, ...). */
	final Map<String, List<String>> organisations;

	/** Stock phrases by kind (progress-green, comment, first, surname, ward, ...). */
	final Map<String, List<String>> phrases;

	private Vocabulary() {
		this.actions = read("local-actions.csv", r -> idea(r, r.get("kind")));
		this.goodPractice = group(read("good-practice.csv", r -> idea(r, r.get("category"))));
		this.nearMisses = read("near-misses.csv", r -> idea(r, r.get("category")));
		this.fills = new LinkedHashMap<>();
		read("mandatory-fills.csv",
				r -> new Fill(r.get("version") + ":" + r.get("ref"), r.get("outcome"), r.get("baseline"), r.get("lead"),
						ReferenceData.list(r.get("orgs")), r.get("docs")))
			.forEach(fill -> this.fills.put(fill.key(), fill));
		this.optional = read("optional-actions.csv",
				r -> new Option(List.of(r.get("versions").split(" ")), r.get("ref"), Integer.parseInt(r.get("theme")),
						r.get("text"), r.get("outcome"), r.get("lead"), ReferenceData.list(r.get("orgs"))));
		this.organisations = new LinkedHashMap<>();
		read("organisations.csv", r -> Map.entry(r.get("key"), ReferenceData.list(r.get("names"))))
			.forEach(e -> this.organisations.put(e.getKey(), e.getValue()));
		this.phrases = new LinkedHashMap<>();
		read("phrases.csv", r -> Map.entry(r.get("kind"), r.get("text")))
			.forEach(e -> this.phrases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
	}

	static Vocabulary get() {
		return INSTANCE;
	}

	List<String> phrases(String kind) {
		return this.phrases.getOrDefault(kind, List.of());
	}

	private static Idea idea(CSVRecord r, String key) {
		return new Idea(key, Integer.parseInt(r.get("theme")), r.get("text"), r.get("outcome"),
				r.isMapped("baseline") ? r.get("baseline") : "", r.get("lead"), ReferenceData.list(r.get("orgs")));
	}

	private static Map<String, List<Idea>> group(List<Idea> ideas) {
		Map<String, List<Idea>> byKey = new LinkedHashMap<>();
		ideas.forEach(idea -> byKey.computeIfAbsent(idea.key(), k -> new ArrayList<>()).add(idea));
		return byKey;
	}

	private static <T> List<T> read(String name, Function<CSVRecord, T> mapper) {
		try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("missing resource " + name);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.parse(reader, FORMAT)) {
				return parser.stream().map(mapper).toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read sample wording " + name, ex);
		}
	}

	/**
	 * One action as a council might write it.
	 *
	 * @param key its kind (local, police, developing) or good-practice category
	 * @param theme the 1-based order of its theme in the 2021+ template (8 is VAWG)
	 * @param orgs partner keys of {@code organisations.csv}
	 */
	record Idea(String key, int theme, String text, String outcome, String baseline, String lead, List<String> orgs) {
	}

	/** How a council fills in one mandatory action. */
	record Fill(String key, String outcome, String baseline, String lead, List<String> orgs, String docs) {
	}

	/** An item of a template version's optional menu. */
	record Option(List<String> versions, String ref, int theme, String text, String outcome, String lead,
			List<String> orgs) {
	}

}
