package uk.gov.london.planreview.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The template versions, their themes and mandatory actions, read from
 * {@code template-versions.csv}, {@code themes.csv} and {@code mandatory-actions.csv}.
 * Reviewers keep these files; the published list of mandatory actions is not available,
 * so ours is written from the seeds.
 */
public final class TemplateCatalogue {

	private static final Pattern NUMBERING = Pattern
		.compile("^\\s*(theme|section|priority)?\\s*\\d+[.):]?\\s*[-–:]?\\s*");

	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N} ]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Map<String, TemplateVersion> versions;

	TemplateCatalogue(Map<String, TemplateVersion> versions) {
		this.versions = versions;
	}

	public static TemplateCatalogue load(ReferenceData reference) {
		Map<String, List<Theme>> themes = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table("themes.csv")) {
			themes.computeIfAbsent(row.get("version"), v -> new ArrayList<>())
				.add(new Theme(row.get("theme"), row.get("reported_as"), Integer.parseInt(row.get("order")),
						ReferenceData.list(row.get("also_called"))));
		}
		// A mandatory action is listed under its own version's theme name ("Targeting
		// lawbreakers") and reported, like every action, under the 2021 theme it
		// corresponds to.
		Map<String, List<MandatoryAction>> mandatory = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table("mandatory-actions.csv")) {
			String version = row.get("version");
			String theme = themes.getOrDefault(version, List.of())
				.stream()
				.filter(t -> normalise(t.name()).equals(normalise(row.get("theme"))))
				.map(Theme::reportedAs)
				.findFirst()
				.orElse(row.get("theme"));
			mandatory.computeIfAbsent(version, v -> new ArrayList<>())
				.add(new MandatoryAction(theme, row.get("ref"), row.get("action")));
		}
		Map<String, TemplateVersion> versions = new LinkedHashMap<>();
		for (Map<String, String> row : reference.table("template-versions.csv")) {
			String id = row.get("version");
			List<Theme> versionThemes = themes.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparingInt(Theme::order))
				.toList();
			versions.put(id,
					new TemplateVersion(id, row.get("title"), "yes".equalsIgnoreCase(row.get("signoff_required")),
							ReferenceData.list(row.get("recognised_by")), versionThemes,
							List.copyOf(mandatory.getOrDefault(id, List.of()))));
		}
		return new TemplateCatalogue(versions);
	}

	public Optional<TemplateVersion> version(String id) {
		return Optional.ofNullable(this.versions.get(id));
	}

	public List<TemplateVersion> versions() {
		return List.copyOf(this.versions.values());
	}

	/**
	 * The newest version: what a plan is taken to be when nothing on it says otherwise.
	 */
	public TemplateVersion latest() {
		return this.versions.values().stream().reduce((a, b) -> b).orElseThrow();
	}

	/**
	 * Every reported theme across versions, in template order (the 2021 seven, then
	 * VAWG).
	 */
	public List<String> reportedThemes() {
		Set<String> ordered = new LinkedHashSet<>();
		this.versions.values().forEach(version -> ordered.addAll(version.reportedThemes()));
		return List.copyOf(ordered);
	}

	/**
	 * The reported theme a name refers to, in any version's wording or alias ("Weapons",
	 * "VAWG", "Targeting Lawbreakers"). Exact names win over aliases; aliases are tried
	 * in the given version first.
	 */
	public Optional<String> reportedTheme(String name, TemplateVersion preferred) {
		String key = normalise(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<TemplateVersion> order = new ArrayList<>();
		if (preferred != null) {
			order.add(preferred);
		}
		this.versions.values().stream().filter(v -> v != preferred).forEach(order::add);
		for (TemplateVersion version : order) {
			for (Theme theme : version.themes()) {
				if (normalise(theme.name()).equals(key) || normalise(theme.reportedAs()).equals(key)) {
					return Optional.of(theme.reportedAs());
				}
			}
		}
		for (TemplateVersion version : order) {
			for (Theme theme : version.themes()) {
				for (String alias : theme.alsoCalled()) {
					if (normalise(alias).equals(key)) {
						return Optional.of(theme.reportedAs());
					}
				}
			}
		}
		return shortened(key, order);
	}

	/**
	 * "Working with communities and neighbourhoods" for the theme "... to reduce
	 * violence": the start of one theme's name only. (Text that goes on past a theme's
	 * name is not taken as the theme: it is more often an action that begins with the
	 * same words.)
	 */
	private static Optional<String> shortened(String key, List<TemplateVersion> versions) {
		if (key.split(" ").length < 2) {
			return Optional.empty();
		}
		Set<String> found = new LinkedHashSet<>();
		for (TemplateVersion version : versions) {
			for (Theme theme : version.themes()) {
				for (String name : List.of(normalise(theme.name()), normalise(theme.reportedAs()))) {
					if (name.startsWith(key + " ")) {
						found.add(theme.reportedAs());
					}
				}
			}
		}
		return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
	}

	/** Versions whose words appear in the text, newest first. */
	public List<TemplateVersion> recognise(String text) {
		String lower = " " + normalise(text) + " ";
		TreeSet<String> hits = new TreeSet<>(Comparator.reverseOrder());
		for (TemplateVersion version : this.versions.values()) {
			for (String word : version.recognisedBy()) {
				if (lower.contains(" " + normalise(word) + " ")) {
					hits.add(version.id());
				}
			}
		}
		return hits.stream().map(this.versions::get).toList();
	}

	/**
	 * Lower case, "&amp;" as "and", punctuation and leading numbering dropped, spaces
	 * collapsed.
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replace("&", " and ");
		lower = NUMBERING.matcher(lower).replaceAll("");
		return SPACES.matcher(PUNCTUATION.matcher(lower).replaceAll(" ")).replaceAll(" ").trim();
	}

}
