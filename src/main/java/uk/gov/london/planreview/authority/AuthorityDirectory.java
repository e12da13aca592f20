package uk.gov.london.planreview.authority;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Resolves the many spellings of an authority's name ("LB Camden", "RBKC", "Westminster
 * City Council") to one of the 33 canonical authorities, from {@code authorities.csv}. A
 * name it cannot resolve is reported by the caller, never guessed.
 */
public final class AuthorityDirectory {

	private static final Pattern PREFIX = Pattern.compile(
			"^(the )?(london borough of|royal borough of|borough of|city of london borough of|lb of|lb|rb|cc)\\s+");

	private static final Pattern SUFFIX = Pattern.compile(
			"\\s+(london borough council|borough council|city council|council|london borough|csp|community safety partnership|partnership)$");

	private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;/+|\\n]|&| and )\\s*");

	private final List<Authority> all;

	private final Map<String, Authority> byKey = new LinkedHashMap<>();

	private final Map<String, Authority> byCode = new HashMap<>();

	/** Every spelling as free text has it, longest first, for {@link #mentioned}. */
	private final List<Map.Entry<String, Authority>> bySpelling;

	/** Spellings that are also ordinary words, so never taken from free text. */
	private static final Set<String> NOT_IN_TEXT = Set.of("the city", "city");

	AuthorityDirectory(List<Authority> all, Map<String, Authority> aliases) {
		this.all = List.copyOf(all);
		for (Authority authority : all) {
			this.byCode.put(authority.onsCode().toUpperCase(Locale.ROOT), authority);
			this.byKey.put(key(authority.name()), authority);
			this.byKey.put(authority.onsCode().toLowerCase(Locale.ROOT), authority);
		}
		aliases.forEach((alias, authority) -> this.byKey.put(key(alias), authority));
		Map<String, Authority> spellings = new HashMap<>();
		for (Authority authority : all) {
			spellings.put(words(authority.name()), authority);
		}
		aliases.forEach((alias, authority) -> spellings.put(words(alias), authority));
		this.bySpelling = spellings.entrySet()
			.stream()
			.filter(e -> !e.getKey().isEmpty() && !NOT_IN_TEXT.contains(e.getKey()))
			.sorted(Comparator.comparing((Map.Entry<String, Authority> e) -> -e.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

	public static AuthorityDirectory load(ReferenceData reference) {
		List<Authority> all = new ArrayList<>();
		Map<String, Authority> aliases = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table("authorities.csv")) {
			Authority authority = new Authority(row.get("ons_code"), row.get("name"), row.get("bcu"));
			all.add(authority);
			ReferenceData.list(row.get("aliases")).forEach(alias -> aliases.put(alias, authority));
		}
		return new AuthorityDirectory(all, aliases);
	}

	/** All 33 authorities in ONS order. */
	public List<Authority> all() {
		return this.all;
	}

	public Optional<Authority> byOnsCode(String code) {
		return Optional.ofNullable(this.byCode.get(code.toUpperCase(Locale.ROOT)));
	}

	/** One name, in any of its spellings. */
	public Optional<Authority> resolve(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.byKey.get(key(name)));
	}

	/**
	 * A cell that may name several authorities ("Kingston and Richmond", "Barking &amp;
	 * Dagenham / Havering"). Names that themselves contain "and" are kept whole by trying
	 * the longest run of parts first.
	 * @return the authorities found, and any part that named none
	 */
	public Resolution resolveAll(String text) {
		TreeSet<Authority> found = new TreeSet<>();
		List<String> unresolved = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new Resolution(List.of(), List.of());
		}
		Optional<Authority> whole = resolve(text);
		if (whole.isPresent()) {
			return new Resolution(List.of(whole.get()), List.of());
		}
		String[] parts = SEPARATORS.split(clean(text));
		int i = 0;
		while (i < parts.length) {
			int matchedEnd = -1;
			for (int j = parts.length; j > i; j--) {
				if (this.byKey.containsKey(key(String.join(" and ", List.of(parts).subList(i, j))))) {
					matchedEnd = j;
					break;
				}
			}
			if (matchedEnd < 0) {
				if (!parts[i].isBlank()) {
					unresolved.add(parts[i].trim());
				}
				i++;
			}
			else {
				found.add(this.byKey.get(key(String.join(" and ", List.of(parts).subList(i, matchedEnd)))));
				i = matchedEnd;
			}
		}
		return new Resolution(List.copyOf(found), List.copyOf(unresolved));
	}

	/**
	 * The authorities a piece of free text names, as a person reading a title row, a
	 * sheet name or a file name would see them ("Bromley Community Safety Partnership –
	 * Knife Crime Action Plan", "Hackney VVRAP", "bromley kc plan 2017"): whole words
	 * only, longest names first, in any case. Spellings that are ordinary words in a
	 * sentence ("the City") are not taken from free text.
	 */
	public List<Authority> mentioned(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		StringBuilder words = new StringBuilder(" " + words(text) + " ");
		TreeSet<Authority> found = new TreeSet<>();
		for (Map.Entry<String, Authority> spelling : this.bySpelling) {
			String key = " " + spelling.getKey() + " ";
			int at = words.indexOf(key);
			while (at >= 0) {
				found.add(spelling.getValue());
				// Taken: a shorter spelling inside it ("Kingston" in "Kingston upon
				// Thames") is not another mention.
				words.replace(at + 1, at + key.length() - 1, "#".repeat(key.length() - 2));
				at = words.indexOf(key, at + 1);
			}
		}
		return List.copyOf(found);
	}

	/** Lower-case words separated by single spaces, punctuation and "&" gone. */
	private static String words(String text) {
		return clean(text).toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[.'’`\"()]", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim();
	}

	/** Authorities covered by a plan and what could not be resolved. */
	public record Resolution(List<Authority> authorities, List<String> unresolved) {

		public boolean complete() {
			return !this.authorities.isEmpty() && this.unresolved.isEmpty();
		}

	}

	/** The plan identifier of docs/outputs.md: ONS codes, sorted, joined with '+'. */
	public static String planId(Collection<Authority> authorities) {
		return String.join("+", authorities.stream().map(Authority::onsCode).sorted().toList());
	}

	/** The form in which two spellings are the same name. */
	public static String spellingKey(String name) {
		return key(name);
	}

	static String key(String name) {
		String text = clean(name).toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[.'’`\"()]", "")
			.replace('-', ' ')
			.replaceAll("\\s+", " ")
			.trim();
		text = PREFIX.matcher(text).replaceFirst("");
		String previous;
		do {
			previous = text;
			text = SUFFIX.matcher(text).replaceFirst("");
		}
		while (!text.equals(previous));
		return text.trim();
	}

	private static String clean(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00A0', ' ').trim();
	}

}
