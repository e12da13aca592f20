package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Recognises ideas in free text, whatever words a council uses for them: good-practice
 * categories in plan actions, and themes in stock-take answers. The ideas are data a
 * reviewer edits (a categories file with
 * {@code id, name, description, theme, phrasings, not_when}, and the shared
 * {@code phrasing-groups.csv}); see {@link Phrasing} for how a phrasing matches. Matching
 * is by rule, not by similarity, so a reviewer can see why a text matched and precision
 * stays high: a text matches a category only when one of its phrasings is there whole,
 * and never when one of its {@code not_when} phrasings is. Runs on the machine, no
 * service.
 */
public final class CategoryClassifier {

	static final String GROUPS_FILE = "phrasing-groups.csv";

	private final List<Category> categories;

	private final Map<String, List<Phrasing>> phrasings;

	private final Map<String, List<Phrasing>> vetoes;

	private CategoryClassifier(List<Category> categories, Map<String, List<Phrasing>> phrasings,
			Map<String, List<Phrasing>> vetoes) {
		this.categories = List.copyOf(categories);
		this.phrasings = phrasings;
		this.vetoes = vetoes;
	}

	/**
	 * An idea a classifier recognises.
	 *
	 * @param theme the (2021+) plan theme it usually belongs to; empty for stock-take
	 * themes
	 * @param phrasings the ways plans phrase it, as the reviewer wrote them
	 * @param notWhen phrasings that mean a text is about something else
	 */
	public record Category(String id, String name, String description, String theme, List<String> phrasings,
			List<String> notWhen) {

		public Category {
			phrasings = List.copyOf(phrasings);
			notWhen = List.copyOf(notWhen);
		}

	}

	/**
	 * A category found in a text.
	 *
	 * @param matchedWords the text's own words that matched, in the text's order
	 * @param score how strongly: the number of words matched, plus up to 1 for how close
	 * together they are
	 */
	public record Match(String categoryId, String name, List<String> matchedWords, double score) {

		public Match {
			matchedWords = List.copyOf(matchedWords);
		}

	}

	/**
	 * Loads the categories of one file of {@code config/reference/} (e.g.
	 * {@code good-practice-categories.csv} or {@code stocktake-themes.csv}) with the
	 * shared word groups.
	 * @throws IllegalArgumentException when a phrasing is malformed or uses an undefined
	 * group
	 */
	public static CategoryClassifier load(ReferenceData reference, String fileName) {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table(GROUPS_FILE)) {
			groups.put(row.get("group"), ReferenceData.list(row.get("words")));
		}
		List<Category> categories = new ArrayList<>();
		Map<String, List<Phrasing>> phrasings = new LinkedHashMap<>();
		Map<String, List<Phrasing>> vetoes = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table(fileName)) {
			Category category = new Category(row.get("id"), row.get("name"), row.get("description"),
					row.getOrDefault("theme", ""), ReferenceData.list(row.get("phrasings")),
					ReferenceData.list(row.getOrDefault("not_when", "")));
			try {
				phrasings.put(category.id(),
						category.phrasings().stream().map(p -> Phrasing.parse(p, groups)).toList());
				vetoes.put(category.id(), category.notWhen().stream().map(p -> Phrasing.parse(p, groups)).toList());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						reference.describe(fileName) + ", category " + category.id() + ": " + ex.getMessage(), ex);
			}
			categories.add(category);
		}
		return new CategoryClassifier(categories, phrasings, vetoes);
	}

	/** The categories, in the file's order. */
	public List<Category> categories() {
		return this.categories;
	}

	public Optional<Category> category(String id) {
		return this.categories.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/**
	 * Every category the text describes, the strongest match first (equal scores in the
	 * file's order).
	 */
	public List<Match> classify(String text) {
		TokenisedText tokens = TokenisedText.of(text);
		List<Match> matches = new ArrayList<>();
		if (tokens.size() == 0) {
			return matches;
		}
		for (Category category : this.categories) {
			if (this.vetoes.get(category.id()).stream().anyMatch(v -> v.match(tokens).isPresent())) {
				continue;
			}
			this.phrasings.get(category.id())
				.stream()
				.flatMap(p -> p.match(tokens).stream())
				.max(Comparator.comparingDouble(Phrasing.Hit::score))
				.ifPresent(hit -> matches.add(new Match(category.id(), category.name(), words(hit, tokens),
						Math.round(hit.score() * 100) / 100.0)));
		}
		matches.sort(Comparator.comparingDouble(Match::score).reversed());
		return matches;
	}

	/** The strongest category the text describes, if any. */
	public Optional<Match> best(String text) {
		return classify(text).stream().findFirst();
	}

	private static List<String> words(Phrasing.Hit hit, TokenisedText tokens) {
		Set<String> words = new LinkedHashSet<>();
		hit.positions().forEach(i -> words.add(tokens.get(i).surface()));
		return List.copyOf(words);
	}

}
