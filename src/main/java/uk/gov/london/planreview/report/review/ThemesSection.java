package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.goodpractice.GoodPractice;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.LeadOrganisations;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.report.Ideas;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.ActionCompleteness;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/**
 * Theme by theme: what the strongest plans do there, from their actions — the partners
 * who lead actions in them more often than elsewhere, and actions that name their
 * programmes, providers and partners — and which mandatory actions are most often missing
 * or left little filled in (counted, not named: each plan finds its own in its feedback).
 */
@Component
@Order(300)
public class ThemesSection implements ReviewSection {

	/** Actions quoted for what the strongest plans do in a theme. */
	static final int EXAMPLES = 2;

	/** Partners named as leading more in the strongest plans. */
	static final int PARTNERS = 3;

	/** Mandatory actions named as most often missing or unfilled in a theme. */
	static final int GAPS = 2;

	/**
	 * An action worded the same in more plans than this is routine, not what marks the
	 * strongest plans out.
	 */
	static final int ROUTINE = 2;

	/** Words, names aside, that make an action a sentence of its own to compare. */
	private static final int SENTENCE = 4;

	/** A name within a sentence: "St Giles Trust", "Operation Sceptre", "BID". */
	private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)(\\p{Lu}[\\p{L}’'&-]*)");

	public record Model(List<ThemeView> themes) {
	}

	/**
	 * @param expecting plans whose template has the theme
	 * @param strong current plans in London's top quarter in the theme (a plan asked for
	 * a current one is not held up as a model)
	 * @param leftOut plans in the top quarter there left out as not current
	 * @param partners partners that lead the strong plans' actions there more often than
	 * other plans', the most distinctive first
	 * @param examples the strong plans' actions that say what they do
	 * @param gaps the mandatory actions most often missing or unfilled
	 * @param gapPlans plans with any mandatory action of the theme missing or unfilled
	 */
	public record ThemeView(String id, String name, int expecting, int plansWith, String actions,
			Quartiles completeness, int strong, int leftOut, List<String> partners, List<Example> examples,
			List<Gap> gaps, int gapPlans) {
	}

	/** One of the strongest plans' actions: who, what, and who leads it. */
	public record Example(String authority, String ref, String action, String lead) {
	}

	/** A mandatory action and how many plans lack it or left it little filled in. */
	public record Gap(String ref, String text, int missing, int unfilled) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().isEmpty()) {
			return Optional.empty();
		}
		Set<String> quotedElsewhere = new LinkedHashSet<>();
		Ideas.of(data)
			.quoted(GoodPracticeSection.QUOTED, GoodPracticeSection.NEW_QUOTED)
			.stream()
			.map(ThemesSection::key)
			.forEach(quotedElsewhere::add);
		Map<String, Set<String>> plansByWording = new HashMap<>();
		data.plans()
			.forEach(p -> p.actions()
				.forEach(a -> plansByWording.computeIfAbsent(wording(a.text()), k -> new LinkedHashSet<>())
					.add(p.planId())));
		List<ThemeView> themes = new ArrayList<>();
		List<Section.Heading> headings = new ArrayList<>();
		int number = 0;
		for (String theme : data.catalogue().reportedThemes()) {
			List<PlanView> expecting = data.plans().stream().filter(p -> themeScore(p, theme) != null).toList();
			if (expecting.isEmpty()) {
				continue;
			}
			number++;
			List<PlanView> with = expecting.stream().filter(p -> themeScore(p, theme).actions() > 0).toList();
			int actions = with.stream().mapToInt(p -> themeScore(p, theme).actions()).sum();
			Quartiles q = data.benchmarks().theme(theme);
			List<PlanView> top = q == null ? List.of()
					: with.stream()
						.filter(p -> data.band(themeScore(p, theme).completeness(), q).equals("top"))
						.toList();
			List<PlanView> strong = top.stream().filter(p -> !data.standing(p).needsRefresh()).toList();
			List<PlanView> others = with.stream().filter(p -> !strong.contains(p)).toList();
			String id = "theme-" + number;
			themes.add(new ThemeView(id, theme, expecting.size(), with.size(), Prose.figure(actions), q, strong.size(),
					top.size() - strong.size(), partners(strong, others, theme),
					examples(data, strong, theme, quotedElsewhere, plansByWording), gaps(data, theme),
					(int) data.plans()
						.stream()
						.filter(p -> p.score().mandatoryGaps().stream().anyMatch(g -> g.theme().equals(theme)))
						.count()));
			headings.add(new Section.Heading(id, theme));
		}
		return Optional.of(Section.of("themes", "Theme by theme", "review/themes.ftl", new Model(themes))
			.withHeadings(headings)
			.runOn());
	}

	static ThemeScore themeScore(PlanView plan, String theme) {
		return plan.score().themes().stream().filter(t -> t.theme().equals(theme)).findFirst().orElse(null);
	}

	/**
	 * Partners (not the police, who lead in every plan) whose share of the strong plans'
	 * actions in the theme is highest above their share of the other plans'.
	 */
	private static List<String> partners(List<PlanView> strong, List<PlanView> others, String theme) {
		if (strong.isEmpty() || others.isEmpty()) {
			return List.of();
		}
		Map<String, Double> inStrong = shares(strong, theme);
		Map<String, Double> inOthers = shares(others, theme);
		return inStrong.entrySet()
			.stream()
			.filter(e -> !PartnerTaxonomy.isPolice(e.getKey()))
			.filter(e -> e.getValue() > inOthers.getOrDefault(e.getKey(), 0.0))
			.sorted(Comparator
				.comparingDouble(
						(Map.Entry<String, Double> e) -> -(e.getValue() - inOthers.getOrDefault(e.getKey(), 0.0)))
				.thenComparing(Map.Entry::getKey))
			.limit(PARTNERS)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Each partner's share of the plans' actions in the theme that it leads. */
	private static Map<String, Double> shares(List<PlanView> plans, String theme) {
		Map<String, Double> led = new HashMap<>();
		int total = 0;
		for (PlanView plan : plans) {
			for (Action a : plan.actions()) {
				if (a.theme().equals(theme)) {
					total++;
					a.partnerCategories().forEach(c -> led.merge(c, 1.0, Double::sum));
				}
			}
		}
		int actions = Math.max(1, total);
		led.replaceAll((c, n) -> n / actions);
		return led;
	}

	/**
	 * The strong plans' sound actions beyond the template's mandatory ones that say the
	 * most about what the partnership does — named programmes, providers and partners —
	 * each from a different plan, leaving out those quoted as good practice, those many
	 * plans have and those that repeat what the template's mandatory actions ask.
	 */
	private static List<Example> examples(ReviewData data, List<PlanView> strong, String theme,
			Set<String> quotedElsewhere, Map<String, Set<String>> plansByWording) {
		record Candidate(PlanView plan, Action action, int names) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (PlanView plan : strong) {
			for (Action a : plan.actions()) {
				if (a.theme().equals(theme) && a.type() != ActionType.MANDATORY && sound(a)
						&& !quotedElsewhere.contains(plan.planId() + "\n" + a.sheet() + "\n" + a.row())
						&& plansByWording.getOrDefault(wording(a.text()), Set.of()).size() <= ROUTINE
						&& !data.catalogue()
							.version(plan.score().templateVersion())
							.map(v -> v.repeatsMandatory(theme, a.text()))
							.orElse(false)) {
					candidates.add(new Candidate(plan, a, names(a)));
				}
			}
		}
		Set<String> plans = new LinkedHashSet<>();
		return candidates.stream()
			.sorted(Comparator.comparingInt((Candidate c) -> -c.names())
				.thenComparing(c -> c.plan().name())
				.thenComparingInt(c -> c.action().row()))
			.filter(c -> c.names() > 0 && plans.add(c.plan().planId()))
			.limit(EXAMPLES)
			.map(c -> new Example(c.plan().name(), PlanView.label(c.action()), c.action().text().trim(),
					lead(c.action())))
			.toList();
	}

	/** How much the action names: names within its wording, and partners leading it. */
	private static int names(Action a) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = NAME.matcher(a.text());
		while (m.find()) {
			found.add(m.group(1));
		}
		long partners = a.partnerCategories().stream().filter(c -> !PartnerTaxonomy.isPolice(c)).count();
		return found.size() + (int) Math.min(2, partners);
	}

	private static boolean sound(Action a) {
		return ActionCompleteness.filled(a.outcome()) && ActionCompleteness.filled(a.lead())
				&& (a.rag() == Rag.GREEN || a.rag() == Rag.AMBER || a.rag() == Rag.COMPLETE);
	}

	private static String lead(Action a) {
		return LeadOrganisations.contact(a.lead(), a.leadOrganisations());
	}

	/**
	 * An action's wording as compared with others': case, punctuation and the places and
	 * names in it aside, so that "a walk and talk project in Station" and "… in Market"
	 * are one action, done in two places. Acronyms (MST, ISTV) stay, and so does a short
	 * action that is mostly names ("Deliver Street Doctors"): there the names are what is
	 * done.
	 */
	private static String wording(String text) {
		String[] all = text.trim().split("\\s+");
		StringBuilder rest = new StringBuilder();
		int kept = 0;
		for (int i = 0; i < all.length; i++) {
			if (i == 0 || !titleCase(all[i])) {
				rest.append(all[i]).append(' ');
				kept++;
			}
		}
		String compared = (kept >= SENTENCE) ? rest.toString() : text;
		return compared.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	private static boolean titleCase(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
				&& !word.equals(word.toUpperCase(Locale.ROOT));
	}

	private static String key(GoodPractice p) {
		return p.planId() + "\n" + p.sheet() + "\n" + p.row();
	}

	private static List<Gap> gaps(ReviewData data, String theme) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, MandatoryGap> first = new LinkedHashMap<>();
		for (PlanView plan : data.plans()) {
			for (MandatoryGap gap : plan.score().mandatoryGaps()) {
				if (gap.theme().equals(theme)) {
					String key = gap.templateRef() + "\n" + gap.text();
					counts.computeIfAbsent(key, k -> new int[2])[gap.missing() ? 0 : 1]++;
					first.putIfAbsent(key, gap);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
				.thenComparing(Map.Entry::getKey))
			.limit(GAPS)
			.map(e -> new Gap(first.get(e.getKey()).templateRef(), first.get(e.getKey()).text(), e.getValue()[0],
					e.getValue()[1]))
			.toList();
	}

}
