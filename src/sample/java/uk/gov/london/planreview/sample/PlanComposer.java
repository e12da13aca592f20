package uk.gov.london.planreview.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.Colour;
import uk.gov.london.planreview.sample.PlanDocument.Colours;
import uk.gov.london.planreview.sample.PlanDocument.Column;
import uk.gov.london.planreview.sample.PlanDocument.Cover;
import uk.gov.london.planreview.sample.PlanDocument.CoverField;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanDocument.Field;
import uk.gov.london.planreview.sample.PlanDocument.KeyLine;
import uk.gov.london.planreview.sample.PlanDocument.OptionalEntry;
import uk.gov.london.planreview.sample.PlanDocument.Person;
import uk.gov.london.planreview.sample.PlanDocument.SignOffBlock;
import uk.gov.london.planreview.sample.PlanDocument.Signature;
import uk.gov.london.planreview.sample.PlanProfile.DateMode;
import uk.gov.london.planreview.sample.PlanProfile.Layout;
import uk.gov.london.planreview.sample.PlanProfile.Planting;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.PlanProfile.RagMode;
import uk.gov.london.planreview.sample.PlanProfile.SignOff;
import uk.gov.london.planreview.sample.Vocabulary.Fill;
import uk.gov.london.planreview.sample.Vocabulary.Idea;
import uk.gov.london.planreview.sample.Vocabulary.Option;
import uk.gov.london.planreview.template.MandatoryAction;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.template.TemplateVersion;
import uk.gov.london.planreview.template.Theme;

/**
 * Decides everything a sample plan holds — wording, blanks, dates, ratings, sheet names,
 * headings — from its {@link PlanProfile} and a dice seeded by its first ONS code.
 * Mandatory actions come from the template catalogue, so the sample follows the project's
 * own reference data.
 */
final class PlanComposer {

	/**
	 * Headings by field: every one is a synonym in config/reference/column-headings.csv.
	 */
	private static final Map<Field, List<String>> HEADINGS = new EnumMap<>(Map.ofEntries(
			Map.entry(Field.REF, List.of("Ref", "Ref.", "No.", "#", "Action ref", "Action No.", "ID", "Ref No")),
			Map.entry(Field.THEME, List.of("Theme", "Section", "Area", "Priority area", "Theme / Section", "Strand")),
			Map.entry(Field.TYPE, List.of("Type", "Action type", "Mandatory/Optional", "Type of action")),
			Map.entry(Field.ACTION,
					List.of("Action", "Actions", "Activity", "What we will do", "Action description",
							"Action / Activity", "Planned action")),
			Map.entry(Field.OUTCOME,
					List.of("Outcome", "Outcomes", "Expected outcome", "Success measure", "Measure of success",
							"Intended outcome", "Outcome measure")),
			Map.entry(Field.OUTCOME_BASELINE, List.of("Outcome/Baseline", "Outcome / baseline")),
			Map.entry(Field.BASELINE,
					List.of("Baseline", "Baseline (where suitable)", "Current position", "Baseline position")),
			Map.entry(Field.LEAD,
					List.of("Lead", "Named lead", "Lead officer", "Action owner", "Owner", "Responsible officer",
							"Named officer", "Lead (name)")),
			Map.entry(Field.ORGANISATION,
					List.of("Lead organisation", "Agency", "Partner(s)", "Lead agency", "Organisation", "Lead agencies",
							"Delivery partners", "Lead partner")),
			Map.entry(Field.START, List.of("Start date", "Start", "From")),
			Map.entry(Field.END, List.of("End date", "Completion date", "End", "Due date", "To")),
			Map.entry(Field.TIMESCALE, List.of("Timescale", "Timescales", "Timeframe", "When", "Timeline")),
			Map.entry(Field.PROGRESS,
					List.of("Progress", "Progress to date", "Update", "Progress update", "Latest update",
							"Progress update (Q2)", "Current progress")),
			Map.entry(Field.RAG,
					List.of("RAG", "RAG status", "Status", "Rating", "RAG rating", "RAG (R/A/G)", "Progress RAG")),
			Map.entry(Field.COMMENTS,
					List.of("Comments", "Notes", "Further information", "Additional comments", "Remarks")),
			Map.entry(Field.DOCUMENTS,
					List.of("Supporting documents", "Evidence", "Links", "Related strategies", "Supporting evidence",
							"Related documents", "Links to strategies")),
			Map.entry(Field.WARD, List.of("Ward")), Map.entry(Field.FUNDING, List.of("Funding source")),
			Map.entry(Field.LCPF, List.of("MOPAC LCPF funded?"))));

	/**
	 * Short theme names councils give sheets, by theme order; the 2017 template's differ.
	 */
	private static final List<List<String>> SHEET_NAMES = List.of(List.of("Governance"),
			List.of("Analysis & Enforcement", "Enforcement", "Analysis and enforcement"),
			List.of("Weapons", "Reducing access to weapons"),
			List.of("Young People", "Young people", "Safeguarding young people"),
			List.of("Communities", "Communities & Neighbourhoods"), List.of("Victims", "Supporting victims"),
			List.of("Diversion", "Positive diversion"), List.of("VAWG"));

	private static final List<List<String>> SHEET_NAMES_2017 = List.of(List.of("Governance"),
			List.of("Lawbreakers", "Targeting lawbreakers"), List.of("Weapons", "Deadly weapons"),
			List.of("Young people", "Protecting young people"), List.of("Communities", "Communities and families"),
			List.of("Victims", "Supporting victims"), List.of("Ways out of crime", "Ways out"));

	private static final String[] RANKS = { "DS", "DI", "DCI", "PS", "Insp", "Ch Insp", "Supt" };

	/**
	 * Theme prefixes of councils that renumber the template's actions in their own scheme
	 * ("YP3").
	 */
	private static final String[] OWN_PREFIXES = { "G", "AE", "W", "YP", "C", "V", "D", "VAWG" };

	private static final String MINIMUM_STANDARDS = "Minimum standards";

	private final TemplateCatalogue catalogue;

	private final Vocabulary words = Vocabulary.get();

	PlanComposer(TemplateCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	PlanDocument compose(PlanProfile profile) {
		return new Composition(profile).document();
	}

	/**
	 * The state of composing one plan: its dice and the choices that must hold across its
	 * sheets.
	 */
	private final class Composition {

		private final PlanProfile p;

		private final Dice dice;

		private final TemplateVersion version;

		private final Period period;

		private final String orgSeparator;

		private final int ragStyle;

		private final int headingStyle;

		private final boolean typeLetters;

		private final boolean prefixedRefs;

		private final Colours colours;

		private final Set<String> usedIdeas = new HashSet<>();

		/**
		 * Rated rows so far, so that a mixed plan's disagreeing colours fall at a steady
		 * rate.
		 */
		private int rated;

		Composition(PlanProfile profile) {
			this.p = profile;
			this.dice = new Dice(profile.onsCodes().get(0), "plan");
			this.version = PlanComposer.this.catalogue.version(profile.version()).orElseThrow();
			this.period = Period.of(profile.version(), this.dice);
			this.orgSeparator = this.dice.pick(" / ", " & ", ", ", "\n", "; ");
			this.ragStyle = this.dice.between(0, 4);
			this.headingStyle = this.dice.between(0, 4);
			this.typeLetters = this.dice.chance(0.3);
			this.prefixedRefs = this.dice.chance(0.5);
			this.colours = colours();
		}

		PlanDocument document() {
			Layout layout = this.p.layout();
			String actionSheet = layout == Layout.SHEET_PER_THEME ? null : actionSheetName();
			List<String> sheetNames = layout == Layout.SHEET_PER_THEME ? themeSheetNames() : List.of();
			boolean is2023 = "2023".equals(this.p.version());
			String developingSheet = is2023 && (this.p.has(Quirk.DEVELOPING_SHEET) || !this.p.has(Quirk.TYPE_COLUMN))
					? this.dice.pick("Developing actions", "Developing Actions ", "Developing") : null;
			List<Column> columns = columns();

			List<Block> blocks = new ArrayList<>();
			List<Block> developing = new ArrayList<>();
			int developingCount = 0;
			List<Entry> minimumStandards = new ArrayList<>();
			Plantings plantings = plantings(is2023);
			Set<String> deleted = chooseMandatory(Quirk.MANDATORY_DELETED);
			Set<String> untouched = chooseMandatory(Quirk.TEMPLATE_UNTOUCHED);
			int sequence = 0;
			for (Theme theme : this.version.themes()) {
				List<Entry> mandatory = new ArrayList<>();
				int index = 0;
				for (MandatoryAction action : this.version.mandatoryActions()) {
					if (!action.theme().equals(theme.reportedAs())) {
						continue;
					}
					index++;
					boolean veryBriefCut = this.p.quality() == Quality.VERY_BRIEF && index > 1;
					if (deleted.contains(action.ref()) || veryBriefCut) {
						continue;
					}
					boolean standard = action.ref().startsWith("MS");
					String ref = action.ref();
					if (this.p.has(Quirk.RENUMBERED)) {
						sequence++;
						ref = renumber(theme.order(), mandatory.size() + 1, sequence);
					}
					Entry entry = mandatoryEntry(action, ref, untouched.contains(action.ref()));
					if (standard && this.p.has(Quirk.MINIMUM_STANDARDS_SECTION)) {
						minimumStandards.add(entry);
					}
					else {
						mandatory.add(entry);
					}
				}
				List<Entry> locals = new ArrayList<>();
				for (Idea idea : localIdeas(theme.order())) {
					locals.add(localEntry(idea, ActionType.LOCAL, null, null));
				}
				for (Idea idea : plantings.local.getOrDefault(theme.order(), List.of())) {
					locals.add(localEntry(idea, ActionType.LOCAL, idea.key(), null));
				}
				for (Idea idea : plantings.nearMisses.getOrDefault(theme.order(), List.of())) {
					locals.add(localEntry(idea, ActionType.LOCAL, null, idea.key()));
				}
				locals = this.dice.shuffled(locals);
				int next = nextNumber(theme.order(), mandatory);
				if (this.p.has(Quirk.NUMERIC_REFS)) {
					// typed as numbers, 4.10 would read back as 4.1: such plans stop at
					// .9
					for (int i = locals.size() - 1; i >= 0 && next + locals.size() > 10; i--) {
						if (locals.get(i).category() == null && locals.get(i).nearMiss() == null) {
							locals.remove(i);
						}
					}
				}
				hideSome(locals);
				List<Entry> devs = new ArrayList<>();
				for (Idea idea : plantings.developing.getOrDefault(theme.order(), List.of())) {
					devs.add(localEntry(idea, ActionType.DEVELOPING, idea.key(), null));
				}
				for (Idea idea : plantings.genericDeveloping.getOrDefault(theme.order(), List.of())) {
					devs.add(localEntry(idea, ActionType.DEVELOPING, null, null));
				}
				List<Entry> entries = new ArrayList<>(mandatory);
				for (int i = 0; i < locals.size(); i++) {
					sequence++;
					entries.add(withRef(locals.get(i), localRef(theme.order(), next++, sequence), i > 0));
				}
				if (developingSheet == null) {
					for (Entry dev : devs) {
						sequence++;
						entries.add(withRef(dev, localRef(theme.order(), next++, sequence), false));
					}
				}
				else if (!devs.isEmpty()) {
					List<Entry> numbered = new ArrayList<>();
					for (Entry dev : devs) {
						numbered.add(withRef(dev, "D" + ++developingCount, false));
					}
					developing.add(new Block(theme.name(), themeHeading(theme.order(), theme.name()), developingSheet,
							numbered));
				}
				String sheet = actionSheet != null ? actionSheet : sheetNames.get(theme.order() - 1);
				blocks.add(new Block(theme.name(), themeHeading(theme.order(), theme.name()), sheet, entries));
			}
			if (!minimumStandards.isEmpty()) {
				String sheet = actionSheet != null ? actionSheet
						: this.dice.pick("Minimum standards", "Minimum Standards", "MS");
				String heading = this.dice.pick(MINIMUM_STANDARDS, "Minimum Standards (MS1–MS3)", "MINIMUM STANDARDS");
				blocks.add(0, new Block(MINIMUM_STANDARDS, heading, sheet, minimumStandards));
			}
			String optionalSheet = optionalSheetName();
			return new PlanDocument(this.p, cover(), columns, blocks, developing, optionalEntries(optionalSheet),
					optionalHeadings(), actionSheet, developingSheet, optionalSheet, titleLines(), instructions(),
					keyLines(), this.dice.pick("dd/mm/yyyy", "dd/mm/yyyy", "mmm-yy", "d mmmm yyyy", "dd-mmm-yy"),
					this.dice.chance(0.75), this.colours, List.copyOf(deleted));
		}

		// ---- what is planted

		private record Plantings(Map<Integer, List<Idea>> local, Map<Integer, List<Idea>> developing,
				Map<Integer, List<Idea>> genericDeveloping, Map<Integer, List<Idea>> nearMisses) {
		}

		private Plantings plantings(boolean is2023) {
			Map<Integer, List<Idea>> local = new LinkedHashMap<>();
			Map<Integer, List<Idea>> developing = new LinkedHashMap<>();
			for (Planting planting : this.p.goodPractice()) {
				List<Idea> variants = PlanComposer.this.words.goodPractice.get(planting.category());
				if (variants == null) {
					throw new IllegalArgumentException("Unknown good-practice category " + planting.category());
				}
				Idea idea = planting.variant() >= 0 ? variants.get(planting.variant() % variants.size())
						: this.dice.pick(variants);
				boolean asDeveloping = is2023 && this.dice.chance(0.3);
				(asDeveloping ? developing : local).computeIfAbsent(themeOrder(idea.theme()), k -> new ArrayList<>())
					.add(idea);
			}
			Map<Integer, List<Idea>> generic = new LinkedHashMap<>();
			if (is2023) {
				List<Idea> pool = PlanComposer.this.words.actions.stream()
					.filter(i -> "developing".equals(i.key()))
					.toList();
				for (Idea idea : this.dice.sample(pool, this.dice.between(1, 3))) {
					generic.computeIfAbsent(idea.theme(), k -> new ArrayList<>()).add(idea);
				}
			}
			Map<Integer, List<Idea>> nearMisses = new LinkedHashMap<>();
			for (int index : this.p.nearMisses()) {
				Idea idea = PlanComposer.this.words.nearMisses.get(index % PlanComposer.this.words.nearMisses.size());
				nearMisses.computeIfAbsent(themeOrder(idea.theme()), k -> new ArrayList<>()).add(idea);
			}
			return new Plantings(local, developing, generic, nearMisses);
		}

		/**
		 * VAWG (theme 8) exists only from 2023; older plans put such work under victims.
		 */
		private int themeOrder(int theme) {
			return theme <= this.version.themes().size() ? theme : 6;
		}

		private List<Idea> localIdeas(int theme) {
			Quality quality = this.p.quality();
			int count = switch (quality) {
				case EXEMPLARY -> this.dice.between(4, 6);
				case TYPICAL -> this.dice.between(2, 4);
				case POLICE_ONLY -> this.dice.between(0, 2);
				case HALF_EMPTY -> this.dice.between(1, 3);
				case VERY_BRIEF -> this.dice.chance(0.4) ? 1 : 0;
			};
			List<Idea> pool = PlanComposer.this.words.actions.stream()
				.filter(i -> i.theme() == theme)
				.filter(i -> quality == Quality.POLICE_ONLY ? "police".equals(i.key())
						: "local".equals(i.key()) || ("police".equals(i.key()) && this.dice.chance(0.3)))
				.filter(i -> !this.usedIdeas.contains(i.text()))
				.toList();
			List<Idea> chosen = this.dice.sample(pool, count);
			chosen.forEach(i -> this.usedIdeas.add(i.text()));
			return chosen;
		}

		private Set<String> chooseMandatory(Quirk quirk) {
			if (!this.p.has(quirk)) {
				return Set.of();
			}
			List<String> refs = this.version.mandatoryActions()
				.stream()
				.map(MandatoryAction::ref)
				.filter(ref -> !ref.endsWith(".1"))
				.toList();
			return new LinkedHashSet<>(this.dice.sample(refs, this.dice.between(1, 2)));
		}

		// ---- entries

		private Entry mandatoryEntry(MandatoryAction action, String ref, boolean untouched) {
			String text = action.text();
			if (this.p.has(Quirk.RENUMBERED)) {
				text = reword(text);
			}
			String typeLabel = this.typeLetters ? "M" : this.dice.pick("Mandatory", "Mandatory", "Mandatory action");
			if (untouched) {
				return new Entry(ref, false, ActionType.MANDATORY, typeLabel, text, null, null, null, null, null, null,
						null, null, Rag.NONE, null, null, null, null, Map.of(), false, null, null);
			}
			Fill fill = PlanComposer.this.words.fills.get(this.p.version() + ":" + action.ref());
			if (fill == null) {
				fill = PlanComposer.this.words.fills.get("2021:" + action.ref());
			}
			Idea idea = new Idea("mandatory", 0, text, fill.outcome(), fill.baseline(), fill.lead(), fill.orgs());
			Entry entry = filled(idea, ActionType.MANDATORY, typeLabel, null, null);
			String documents = entry.documents() == null || fill.docs().isEmpty() ? entry.documents()
					: fill.docs().replace("; ", this.orgSeparator.contains("\n") ? "\n" : "; ");
			return withRef(withDocuments(entry, documents), ref, false);
		}

		private Entry localEntry(Idea idea, ActionType type, String category, String nearMiss) {
			String typeLabel = switch (type) {
				case DEVELOPING -> this.typeLetters ? "D" : this.dice.pick("Developing", "Developing action");
				default -> this.typeLetters ? "L" : this.dice.pick("Local", "Local (bespoke)", "Bespoke", "Local");
			};
			return filled(idea, type, typeLabel, category, nearMiss);
		}

		/**
		 * Fills an action's fields as a plan of this quality would, leaving the gaps such
		 * a plan leaves.
		 */
		private Entry filled(Idea idea, ActionType type, String typeLabel, String category, String nearMiss) {
			Quality quality = this.p.quality();
			boolean planted = category != null;
			boolean developing = type == ActionType.DEVELOPING;
			boolean gappy = quality == Quality.HALF_EMPTY && !planted && this.dice.chance(0.5);
			String text = words(idea.text());
			if (quality == Quality.VERY_BRIEF) {
				text = brief(text);
			}
			String outcome = keep(planted ? 1 : switch (quality) {
				case EXEMPLARY -> 1;
				case TYPICAL -> 0.88;
				case POLICE_ONLY -> 0.7;
				case HALF_EMPTY -> gappy ? 0 : 0.85;
				case VERY_BRIEF -> 0.5;
			}) ? words(idea.outcome()) : null;
			if (outcome != null && quality == Quality.POLICE_ONLY) {
				outcome = this.dice.pick(outcome, "Reduction in knife crime", "Reduced violence");
			}
			String baseline = idea.baseline().isEmpty() ? null : words(idea.baseline());
			if (quality == Quality.EXEMPLARY && baseline == null && !developing && this.dice.chance(0.4)) {
				baseline = this.dice.pick("New activity – baseline to be set in the first quarter",
						"No baseline: new service", "Baseline to be taken from the strategic needs assessment");
			}
			if (baseline != null && !keep(quality == Quality.EXEMPLARY ? 1 : 0.7) || gappy) {
				baseline = null;
			}
			if (baseline != null && baseline.matches("\\d+ .*") && this.dice.chance(0.35)) {
				// a bare figure, which Excel stores as a number unless the cell is
				// formatted as text
				baseline = baseline.substring(0, baseline.indexOf(' '));
			}
			String lead = keep(planted ? 1 : switch (quality) {
				case EXEMPLARY -> 1;
				case TYPICAL -> 0.92;
				case POLICE_ONLY -> 0.95;
				case HALF_EMPTY -> gappy ? 0 : 0.8;
				case VERY_BRIEF -> 0.7;
			}) ? lead(idea.lead()) : null;
			if (lead != null && quality != Quality.POLICE_ONLY && idea.orgs().size() > 1
					&& idea.orgs().contains("police") && !idea.orgs().get(0).equals("police")
					&& this.dice.chance(0.2)) {
				// a shared lead: the council officer and a police counterpart in one cell
				lead = lead + (this.orgSeparator.contains("\n") ? "\n" : " / ") + this.dice.pick(RANKS) + " "
						+ surname();
			}
			String organisations = this.p.has(Quirk.LEAD_ONLY) ? null
					: keep(quality == Quality.EXEMPLARY || planted ? 1 : gappy ? 0.5 : 0.94)
							? organisations(idea.orgs()) : null;
			if (this.p.has(Quirk.LEAD_ONLY) && lead != null) {
				lead = lead + " (" + organisations(idea.orgs().subList(0, 1)).replace("\n", " ") + ")";
			}
			Rag rag = developing ? Rag.NONE : rag(planted);
			boolean dated = !gappy && keep(switch (quality) {
				case EXEMPLARY -> 1;
				case TYPICAL -> 0.88;
				case POLICE_ONLY -> 0.7;
				case HALF_EMPTY -> 0.8;
				case VERY_BRIEF -> 0.5;
			});
			Object[] dates = dated ? dates(rag, developing) : new Object[3];
			String progress = progress(rag, developing, gappy);
			String comments = keep(quality == Quality.EXEMPLARY ? 1 : quality == Quality.POLICE_ONLY ? 0.2 : 0.5)
					? comment(rag) : null;
			String documents = keep(quality == Quality.EXEMPLARY ? 1 : quality == Quality.POLICE_ONLY ? 0.1 : 0.45)
					? documents() : null;
			if (developing) {
				rag = Rag.NONE;
			}
			String ragText = this.p.ragMode().text() ? ragText(rag) : null;
			Colour ragFill = this.p.ragMode().fill() ? this.colours.of(rag) : null;
			if (rag != Rag.NONE && this.p.ragMode() == RagMode.MIXED && ++this.rated % 7 == 3) {
				// the colour says one thing and the word another, as when a row is
				// updated but not recoloured
				ragFill = this.colours.of(rag == Rag.GREEN ? Rag.AMBER : Rag.GREEN);
			}
			return new Entry(null, false, type, typeLabel, text, outcome, baseline, lead, organisations, dates[0],
					dates[1], (String) dates[2], progress, rag, ragText, ragFill, comments, documents, extras(), false,
					category, nearMiss);
		}

		private boolean keep(double probability) {
			return probability >= 1 || (probability > 0 && this.dice.chance(probability));
		}

		/**
		 * Fills placeholders and, where the plan has them, smart quotes and non-breaking
		 * spaces.
		 */
		private String words(String text) {
			if (text == null || text.isEmpty()) {
				return text;
			}
			String filled = text.replace("{place}", this.p.place())
				.replace("{ward}", this.dice.pick(PlanComposer.this.words.phrases("ward")))
				.replace("{n3}", String.valueOf(this.dice.between(120, 980)))
				.replace("{n}", String.valueOf(this.dice.between(4, 60)))
				.replace("{month}", this.period.someMonth(this.dice));
			if (this.p.has(Quirk.SMART_TEXT) && this.dice.chance(0.35)) {
				filled = smarten(filled);
			}
			return filled;
		}

		private String smarten(String text) {
			String smart = text.replaceAll("(^|\\s)'", "$1‘").replace("'", "’");
			if (smart.contains(" ") && this.dice.chance(0.5)) {
				int at = smart.indexOf(' ', smart.length() / 2);
				if (at > 0) {
					smart = smart.substring(0, at) + '\u00A0' + smart.substring(at + 1);
				}
			}
			if (this.dice.chance(0.3)) {
				smart = smart + '\u00A0';
			}
			return smart.replaceAll("\"([^\"]*)\"", "“$1”");
		}

		/** Very brief plans cut the action to its first clause. */
		private static String brief(String text) {
			int comma = text.indexOf(',');
			return comma > 20 ? text.substring(0, comma) : text;
		}

		/** The light edits councils make when they renumber a mandatory action. */
		private String reword(String text) {
			return switch (this.dice.between(0, 3)) {
				case 0 -> "We will " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
				case 1 -> text.replace(" and ", " & ");
				case 2 -> text + ".";
				default -> text;
			};
		}

		/**
		 * A council's own reference: a theme prefix and number ("YP3"), or one running
		 * number.
		 */
		private String renumber(int theme, int indexInTheme, int sequence) {
			return this.prefixedRefs ? OWN_PREFIXES[theme - 1] + indexInTheme : String.valueOf(sequence);
		}

		private String localRef(int theme, int number, int sequence) {
			return this.p.has(Quirk.RENUMBERED) ? renumber(theme, number, sequence) : theme + "." + number;
		}

		/** Local actions continue the theme's numbering after the mandatory ones. */
		private int nextNumber(int theme, List<Entry> mandatory) {
			if (this.p.has(Quirk.RENUMBERED)) {
				return mandatory.size() + 1;
			}
			int max = 0;
			for (MandatoryAction action : this.version.mandatoryActions()) {
				String ref = action.ref();
				if (ref.startsWith(theme + ".")) {
					max = Math.max(max, Integer.parseInt(ref.substring(ref.indexOf('.') + 1)));
				}
			}
			return max + 1;
		}

		private Entry withRef(Entry e, String ref, boolean formulaAllowed) {
			boolean formula = formulaAllowed && this.p.has(Quirk.FORMULA_REFS) && !this.p.has(Quirk.RENUMBERED);
			return new Entry(ref, formula, e.type(), e.typeLabel(), e.text(), e.outcome(), e.baseline(), e.lead(),
					e.organisations(), e.start(), e.end(), e.timescale(), e.progress(), e.rag(), e.ragText(),
					e.ragFill(), e.comments(), e.documents(), e.extras(), e.hidden(), e.category(), e.nearMiss());
		}

		private Entry withDocuments(Entry e, String documents) {
			return new Entry(e.ref(), e.refFormula(), e.type(), e.typeLabel(), e.text(), e.outcome(), e.baseline(),
					e.lead(), e.organisations(), e.start(), e.end(), e.timescale(), e.progress(), e.rag(), e.ragText(),
					e.ragFill(), e.comments(), documents, e.extras(), e.hidden(), e.category(), e.nearMiss());
		}

		/** Hidden rows: an old local action a council hid rather than deleted. */
		private void hideSome(List<Entry> locals) {
			if (!this.p.has(Quirk.HIDDEN_ROWS)) {
				return;
			}
			for (int i = 0; i < locals.size(); i++) {
				Entry e = locals.get(i);
				if (e.category() == null && e.nearMiss() == null && this.dice.chance(0.4)) {
					Rag rag = Rag.COMPLETE;
					locals.set(i,
							new Entry(e.ref(), e.refFormula(), e.type(), e.typeLabel(), e.text(), e.outcome(),
									e.baseline(), e.lead(), e.organisations(), e.start(), e.end(), e.timescale(),
									this.dice.pick(PlanComposer.this.words.phrases("progress-complete"))
										.replace("{month}", this.period.someMonth(this.dice)),
									rag, this.p.ragMode().text() ? ragText(rag) : null,
									this.p.ragMode().fill() ? this.colours.of(rag) : null, e.comments(), e.documents(),
									e.extras(), true, null, null));
				}
			}
		}

		private String lead(String role) {
			if (role == null || role.isEmpty()) {
				return null;
			}
			boolean policeRole = role
				.matches("^(DI|DS|DCI|Sergeant|Inspector|Chief Inspector|Superintendent|BCU)\\b.*");
			if (this.p.quality() == Quality.POLICE_ONLY || (policeRole && this.dice.chance(0.5))) {
				String name = this.dice.pick(RANKS) + " " + surname();
				return this.dice.chance(0.4) ? name + " (" + this.p.police().force() + ")" : name;
			}
			double named = this.p.quality() == Quality.EXEMPLARY ? 0.7 : 0.25;
			if (this.dice.chance(named)) {
				String person = this.dice.pick(PlanComposer.this.words.phrases("first")) + " " + surname();
				return this.dice.pick(person + ", " + role, role + " – " + person, person + "\n" + role);
			}
			return role;
		}

		private String surname() {
			return this.dice.pick(PlanComposer.this.words.phrases("surname"));
		}

		private String organisations(List<String> keys) {
			if (this.p.quality() == Quality.POLICE_ONLY) {
				List<String> names = new ArrayList<>(policeNames());
				names.add("Safer Schools Officers");
				List<String> police = this.dice.sample(names, this.dice.chance(0.2) ? 2 : 1);
				return String.join(this.orgSeparator, new LinkedHashSet<>(police));
			}
			List<String> names = new ArrayList<>();
			for (String key : keys.subList(0, Math.min(keys.size(), 3))) {
				names.add("police".equals(key) ? this.dice.pick(policeNames()) : organisation(key));
			}
			return String.join(this.dice.chance(0.85) ? this.orgSeparator : " / ", new LinkedHashSet<>(names));
		}

		private String organisation(String key) {
			List<String> names = PlanComposer.this.words.organisations.get(key);
			if (names == null) {
				throw new IllegalArgumentException("Unknown partner key " + key);
			}
			String name = this.dice.pick(names);
			if (!this.p.police().london()) {
				// Partners beyond London are not London's fire brigade, transport body or
				// mayoral office.
				name = switch (name) {
					case "LFB", "London Fire Brigade" -> "Fire and Rescue Service";
					case "TfL" -> "bus operators";
					case "MOPAC" -> "VRU";
					default -> name;
				};
			}
			return name;
		}

		private List<String> policeNames() {
			String force = this.p.police().force();
			if (this.p.police().london() && "MPS".equals(force)) {
				return List.of("MPS", "Met Police", "MPS (" + this.p.police().bcu() + " BCU)", "Police", "BCU");
			}
			return List.of(force, force, "Police", force + " – Neighbourhood Policing");
		}

		private Rag rag(boolean planted) {
			double roll = this.dice.between(0, 99) / 100.0;
			double[] cut = switch (this.p.quality()) {
				// red, amber, green, complete; the rest is unrated
				case EXEMPLARY -> new double[] { 0.08, 0.3, 0.82, 1.0 };
				case TYPICAL -> new double[] { 0.12, 0.4, 0.85, 0.95 };
				case POLICE_ONLY -> new double[] { 0.05, 0.25, 0.85, 0.9 };
				case HALF_EMPTY -> new double[] { 0.12, 0.35, 0.6, 0.65 };
				case VERY_BRIEF -> new double[] { 0.1, 0.3, 0.6, 0.6 };
			};
			Rag rag = roll < cut[0] ? Rag.RED
					: roll < cut[1] ? Rag.AMBER : roll < cut[2] ? Rag.GREEN : roll < cut[3] ? Rag.COMPLETE : Rag.NONE;
			return planted && rag == Rag.RED ? Rag.AMBER : rag;
		}

		private String ragText(Rag rag) {
			String[][] styles = { { "R", "A", "G", "B" }, { "Red", "Amber", "Green", "Complete" },
					{ "Red", "Amber", "Green", "Blue" }, { "RED", "AMBER", "GREEN", "COMPLETE" },
					{ "Red", "Amber", "On track", "Complete" } };
			if (rag == Rag.NONE) {
				return null;
			}
			String text = styles[this.ragStyle][rag.ordinal()];
			if (this.ragStyle == 4 && rag == Rag.GREEN) {
				// the loose style mixes its words, as a plan filled in by several
				// officers does
				text = this.dice.pick("On track", "G", "Green");
			}
			return text;
		}

		private String progress(Rag rag, boolean developing, boolean gappy) {
			if (developing) {
				return this.dice.pick("Not yet resourced.", "Aspiration – subject to funding.", null);
			}
			double keep = switch (this.p.quality()) {
				case EXEMPLARY -> 1;
				case TYPICAL -> 0.85;
				case POLICE_ONLY -> 0.6;
				case HALF_EMPTY -> gappy ? 0.3 : 0.7;
				case VERY_BRIEF -> 0.3;
			};
			if (!keep(keep)) {
				return null;
			}
			String kind = switch (rag) {
				case RED -> "progress-red";
				case AMBER -> "progress-amber";
				case COMPLETE -> "progress-complete";
				default -> "progress-green";
			};
			return words(this.dice.pick(PlanComposer.this.words.phrases(kind)));
		}

		private String comment(Rag rag) {
			String kind = rag == Rag.RED && this.dice.chance(0.7) ? "comment-red" : "comment";
			String comment = words(this.dice.pick(PlanComposer.this.words.phrases(kind)));
			if (!this.p.police().london()) {
				comment = comment.replace("MOPAC LCPF", "the Home Office grant");
			}
			return comment;
		}

		private String documents() {
			List<String> docs = this.dice.sample(PlanComposer.this.words.phrases("docs"), this.dice.between(1, 2));
			return String.join(this.orgSeparator.contains("\n") ? "\n" : "; ", docs);
		}

		private Map<Field, String> extras() {
			if (!this.p.has(Quirk.EXTRA_COLUMNS) && !this.p.has(Quirk.HIDDEN_COLUMNS)) {
				return Map.of();
			}
			Map<Field, String> extras = new EnumMap<>(Field.class);
			extras.put(Field.WARD,
					this.dice.chance(0.5) ? "Borough-wide" : this.dice.pick(PlanComposer.this.words.phrases("ward")));
			extras.put(Field.FUNDING,
					this.dice.pick(this.p.police().london()
							? List.of("LCPF", "Core budget", "VRU grant", "Public Health grant", "Police core", "")
							: List.of("Home Office grant", "Core budget", "Public Health grant", "Police core", "")));
			extras.put(Field.LCPF, this.dice.pick("Y", "N", "Yes", "No", "N"));
			return extras;
		}

		/** Start, end and timescale text, as this plan writes dates. */
		private Object[] dates(Rag rag, boolean developing) {
			LocalDate start = this.period.start().plusMonths(this.dice.between(0, 8));
			LocalDate end = start.plusMonths(this.dice.between(5, 17)).withDayOfMonth(1).minusDays(1);
			if (end.isAfter(this.period.end())) {
				end = this.period.end();
			}
			if (developing) {
				return switch (this.p.dateMode()) {
					case TIMESCALE -> new Object[] { null, null, "TBC" };
					default -> new Object[] { "TBC", "TBC", null };
				};
			}
			String word = this.dice.chance(0.12)
					? rag == Rag.COMPLETE ? "Complete" : this.dice.pick("Ongoing", "TBC", "Annual", "Ongoing") : null;
			return switch (this.p.dateMode()) {
				case REAL -> new Object[] { start, word != null ? word : end, null };
				case TARGET -> new Object[] { null,
						word != null ? word : this.dice.chance(0.7) ? end : textDate(end, true), null };
				case TEXT -> new Object[] { textDate(start, false), word != null ? word : textDate(end, true), null };
				case TIMESCALE -> new Object[] { null, null, word != null ? word : timescale(start, end) };
			};
		}

		private String textDate(LocalDate date, boolean end) {
			return switch (this.dice.between(0, end ? 5 : 3)) {
				case 0 -> Period.shortMonth(date) + " " + date.getYear();
				case 1 -> Period.longMonth(date) + " " + String.format("%02d", date.getYear() % 100);
				case 2 -> date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
				case 3 -> Period.quarter(date);
				case 4 -> Period.longMonth(date) + " " + date.getYear();
				default -> "End of " + Period.longMonth(date) + " " + date.getYear();
			};
		}

		private String timescale(LocalDate start, LocalDate end) {
			return switch (this.dice.between(0, 5)) {
				case 0 -> Period.shortMonth(start) + " " + start.getYear() + " – " + Period.shortMonth(end) + " "
						+ end.getYear();
				case 1 -> Period.quarter(end);
				case 2 -> Period.financialYear(start).replace("/", "-");
				case 3 -> Period.longMonth(start) + " " + start.getYear() + " - " + Period.longMonth(end) + " "
						+ end.getYear();
				case 4 -> "By " + Period.longMonth(end) + " " + end.getYear();
				default -> Period.financialYear(start) + " – " + Period.financialYear(end);
			};
		}

		// ---- columns, headings and names

		private List<Column> columns() {
			Quality quality = this.p.quality();
			List<Field> fields = new ArrayList<>();
			fields.add(Field.REF);
			if (this.p.layout().themeColumn()) {
				fields.add(this.dice.chance(0.5) ? 0 : 1, Field.THEME);
			}
			fields.add(Field.ACTION);
			if (this.p.has(Quirk.TYPE_COLUMN)) {
				fields.add(this.dice.chance(0.5) ? fields.indexOf(Field.ACTION) : fields.size(), Field.TYPE);
			}
			if (this.p.has(Quirk.OUTCOME_BASELINE_COMBINED)) {
				fields.add(Field.OUTCOME_BASELINE);
			}
			else {
				fields.add(Field.OUTCOME);
				if (quality == Quality.EXEMPLARY || this.dice.chance(quality == Quality.TYPICAL ? 0.6 : 0.3)) {
					fields.add(Field.BASELINE);
				}
			}
			if (this.p.has(Quirk.LEAD_ONLY)) {
				fields.add(Field.LEAD);
			}
			else {
				fields.addAll(this.dice.chance(0.7) ? List.of(Field.LEAD, Field.ORGANISATION)
						: List.of(Field.ORGANISATION, Field.LEAD));
			}
			if (this.p.has(Quirk.EXTRA_COLUMNS)) {
				fields.add(Field.WARD);
			}
			switch (this.p.dateMode()) {
				case REAL, TEXT -> fields.addAll(List.of(Field.START, Field.END));
				case TIMESCALE -> fields.add(Field.TIMESCALE);
				case TARGET -> fields.add(Field.END);
			}
			boolean ragFirst = this.dice.chance(0.3);
			fields.add(ragFirst ? Field.RAG : Field.PROGRESS);
			fields.add(ragFirst ? Field.PROGRESS : Field.RAG);
			if (quality == Quality.EXEMPLARY || this.dice.chance(0.75)) {
				fields.add(Field.COMMENTS);
			}
			if (quality == Quality.EXEMPLARY || this.dice.chance(quality == Quality.POLICE_ONLY ? 0.3 : 0.55)) {
				fields.add(this.dice.chance(0.7) ? fields.size() : fields.size() - 1, Field.DOCUMENTS);
			}
			if (this.p.has(Quirk.EXTRA_COLUMNS) || this.p.has(Quirk.HIDDEN_COLUMNS)) {
				fields.add(Field.FUNDING);
			}
			if (this.p.has(Quirk.EXTRA_COLUMNS) && this.p.police().london()) {
				fields.add(Field.LCPF);
			}
			boolean twoRow = this.p.has(Quirk.TWO_ROW_HEADER) && fields.contains(Field.START);
			List<Column> columns = new ArrayList<>();
			int breaks = 0;
			for (Field field : fields) {
				String heading = field == Field.END && this.p.dateMode() == DateMode.TARGET
						? this.dice.pick("Target date", "Deadline", "Target completion date")
						: this.dice.pick(HEADINGS.get(field));
				String group = null;
				if (twoRow && (field == Field.START || field == Field.END)) {
					heading = field == Field.START ? "Start" : "End";
					group = "Dates";
				}
				if (this.p.has(Quirk.HEADING_BREAKS) && heading.contains(" ")
						&& (breaks == 0 || this.dice.chance(0.5))) {
					int at = heading.indexOf(' ');
					heading = heading.substring(0, at) + "\n" + heading.substring(at + 1);
					breaks++;
				}
				if (this.p.has(Quirk.HEADING_CASE)) {
					heading = switch (this.dice.between(0, 4)) {
						case 0 -> heading + " ";
						case 1 -> heading.toUpperCase(Locale.UK);
						case 2 -> heading.toLowerCase(Locale.UK) + "  ";
						default -> heading;
					};
				}
				boolean hidden = field == Field.FUNDING && this.p.has(Quirk.HIDDEN_COLUMNS);
				columns.add(new Column(field, heading, group, width(field), hidden));
			}
			return columns;
		}

		private static int width(Field field) {
			return switch (field) {
				case REF, RAG, TYPE, LCPF -> 9;
				case ACTION -> 55;
				case OUTCOME, OUTCOME_BASELINE, PROGRESS -> 38;
				case THEME, BASELINE, COMMENTS, DOCUMENTS -> 26;
				case LEAD, ORGANISATION -> 24;
				default -> 14;
			};
		}

		private String actionSheetName() {
			String name = "2017".equals(this.p.version())
					? this.dice.pick("Action Plan", "Knife Crime Action Plan", "Actions")
					: this.dice.pick("Action Plan", "Action plan", "VVRAP", "Actions", "Plan", "Action Plan 2021-22")
						.replace("2021-22", "2021".equals(this.p.version()) ? "2021-22" : "2023-24");
			return this.p.has(Quirk.SHEET_NAME_SPACES) ? name + " " : name;
		}

		private List<String> themeSheetNames() {
			List<List<String>> names = "2017".equals(this.p.version()) ? SHEET_NAMES_2017 : SHEET_NAMES;
			int pattern = this.dice.between(0, 3);
			int variant = this.dice.between(0, 2);
			List<String> sheets = new ArrayList<>();
			for (Theme theme : this.version.themes()) {
				List<String> options = names.get(theme.order() - 1);
				String name = options.get(Math.min(variant, options.size() - 1));
				String sheet = switch (pattern) {
					case 0 -> theme.order() + ". " + name;
					case 1 -> theme.order() + " " + name;
					case 2 -> name;
					default -> "Theme " + theme.order() + " - " + name;
				};
				if (this.p.has(Quirk.SHEET_NAME_SPACES) && (theme.order() == 2 || this.dice.chance(0.3))) {
					sheet = sheet + " ";
				}
				sheets.add(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
			}
			return sheets;
		}

		private String themeHeading(int order, String name) {
			return switch (this.headingStyle) {
				case 0 -> name;
				case 1 -> "Theme " + order + ": " + name;
				case 2 -> order + ". " + name;
				case 3 -> name.toUpperCase(Locale.UK);
				default -> order + " – " + name.replace(" and ", " & ");
			};
		}

		private String optionalSheetName() {
			if ("2017".equals(this.p.version()) || this.p.has(Quirk.NO_OPTIONAL_TAB)) {
				return null;
			}
			return this.dice.pick("Optional actions", "Optional Actions ", "Menu of optional actions",
					"Optional actions");
		}

		private List<String> titleLines() {
			if (!this.p.has(Quirk.TITLE_ROWS)) {
				return List.of();
			}
			List<String> lines = new ArrayList<>();
			if (this.dice.chance(0.5)) {
				lines.add(this.dice.pick("[Council logo]", "MAYOR OF LONDON", this.p.cspName().toUpperCase(Locale.UK)));
			}
			lines.add(planTitle());
			if (this.dice.chance(0.6)) {
				lines.add("Last updated: "
						+ this.period.submitted().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
			}
			return lines;
		}

		private List<String> instructions() {
			if (!this.p.has(Quirk.INSTRUCTIONS)) {
				return List.of();
			}
			List<String> lines = new ArrayList<>(List.of(
					"Instructions: please complete every column for each action. Mandatory actions are pre-filled and should not be deleted.",
					"Add local actions beneath the mandatory actions in each theme."));
			if (this.dice.chance(0.5)) {
				lines.add("RAG: Red = not on track, Amber = some concerns, Green = on track, Blue = complete.");
			}
			return lines;
		}

		private List<KeyLine> keyLines() {
			if (!this.p.has(Quirk.KEY_BELOW)) {
				return List.of();
			}
			boolean colour = this.p.ragMode().fill();
			List<KeyLine> key = new ArrayList<>();
			key.add(new KeyLine("Key:", null));
			key.add(new KeyLine("R = not on track / significant concerns", colour ? this.colours.red() : null));
			key.add(new KeyLine("A = some slippage, being managed", colour ? this.colours.amber() : null));
			key.add(new KeyLine("G = on track", colour ? this.colours.green() : null));
			key.add(new KeyLine(this.ragStyle == 2 ? "Blue = complete" : "Complete = action finished",
					colour ? this.colours.complete() : null));
			key.add(new KeyLine("Notes:", null));
			key.add(new KeyLine(
					this.dice.pick("Mandatory actions are listed first in each theme; local actions follow.",
							"Progress is updated before each delivery group meeting.",
							"Actions marked complete will be removed at the next refresh."),
					null));
			return key;
		}

		private String planTitle() {
			return switch (this.p.version()) {
				case "2017" -> this.dice.pick(this.p.place() + " Knife Crime Action Plan 2017/18",
						"Knife Crime Action Plan 2017–18", "Local Knife Crime Action Plan 2017/18");
				case "2021" -> this.dice.pick("Violence and Vulnerability Reduction Action Plan 2021/22",
						this.p.place() + " Violence & Vulnerability Reduction Action Plan 2021-22",
						"Violence and Vulnerability Reduction Action Plan 2021");
				default -> this.dice.pick("Violence and Vulnerability Reduction Action Plan 2023–24",
						this.p.place() + " Violence and Vulnerability Reduction Action Plan 2023/24",
						"Serious Violence Duty delivery plan 2023/24");
			};
		}

		private Colours colours() {
			if (this.p.ragMode() == RagMode.FILL_THEME) {
				// Excel's "Green, Accent 6, Lighter 40%", "Gold, Accent 4", "Blue, Accent
				// 1"; red is a standard colour
				return new Colours(Colour.rgb("FF0000"), Colour.theme(7, 0, "FFC000"),
						Colour.theme(9, 0.3999755851924192, "A9D08E"), Colour.theme(4, -0.249977111117893, "2F5597"));
			}
			return new Colours(Colour.rgb(this.dice.pick("FF0000", "C00000")), Colour.rgb("FFC000"),
					Colour.rgb(this.dice.pick("00B050", "92D050")), Colour.rgb("0070C0"));
		}

		// ---- cover, sign-off and the optional menu

		private Cover cover() {
			Layout layout = this.p.layout();
			boolean signOffSheet = this.p.has(Quirk.SIGNOFF_SHEET);
			List<String> names = new ArrayList<>(List.of("Cover", "Front sheet", "Front Sheet ", "Cover sheet"));
			if (layout != Layout.SHEET_PER_THEME) {
				names.add("Governance");
			}
			if (!signOffSheet && this.p.signOff() != SignOff.NOT_REQUIRED) {
				names.add("Sign off");
			}
			String sheet = this.dice.pick(names);
			List<String> title = new ArrayList<>();
			title.add(planTitle());
			if (this.dice.chance(0.6)) {
				title.add(0, this.p.cspName());
			}
			List<CoverField> fields = new ArrayList<>();
			fields.add(new CoverField(
					this.dice.pick("CSP name", "Community Safety Partnership", "Partnership", "Name of CSP"),
					this.p.cspName()));
			fields.add(new CoverField(
					this.p.onsCodes().size() > 1 ? this.dice.pick("Authorities covered", "Boroughs covered") : this.dice
						.pick("Local authority", "Borough", "Authority", "Local authority / authorities covered"),
					this.p.coverName()));
			if (!this.p.has(Quirk.VERSION_IN_TITLE)) {
				String versionText = switch (this.p.version()) {
					case "2017" -> this.dice.pick("2017", "MOPAC knife crime action plan template (2017)");
					case "2021" -> this.dice.pick("2021", "VRU template 2021", "2021 template");
					default -> this.dice.pick("2023", "2023 template (Serious Violence Duty)", "VRU template 2023");
				};
				fields.add(new CoverField(this.dice.pick("Template version", "Template", "Action plan template"),
						versionText));
			}
			Object submitted = this.p
				.has(Quirk.SUBMITTED_AS_TEXT)
						? this.period.submitted()
							.format(DateTimeFormatter
								.ofPattern(this.dice.pick("d MMMM yyyy", "dd/MM/yyyy", "MMMM yyyy"), Locale.UK))
						: this.period.submitted();
			fields.add(new CoverField(
					this.dice.pick("Date submitted", "Submission date", "Date of submission", "Submitted on"),
					submitted));
			List<Person> leads = new ArrayList<>();
			leads.add(new Person("Cllr " + person(), "Cabinet Member for "
					+ this.dice.pick("Community Safety", "Communities and Safety", "Crime and Community Safety")));
			leads.add(new Person(person(), this.dice.pick("Director of Community Safety", "Head of Community Safety",
					"Director of Communities")));
			leads.add(new Person(this.dice.pick("Ch Supt ", "Det Ch Supt ") + person(),
					this.p.police().london()
							? "BCU Commander, " + this.p.police().bcu()
									+ (this.p.police().force().equals("MPS") ? " BCU" : "")
							: "District Commander, " + this.p.police().force()));
			if (this.p.quality() != Quality.POLICE_ONLY && this.dice.chance(0.7)) {
				leads.add(new Person(person(), "Director of Public Health"));
			}
			List<String> partners = new ArrayList<>(List.of(policeNames().get(0)));
			partners.addAll(this.dice.sample(
					List.of(organisation("fire"), "Probation Service", "Public Health", "YOS", "Children's Social Care",
							"Housing", "Safer Neighbourhood Board", "NHS trust", "ICB", "VCS partners",
							"Education / schools", "DWP"),
					this.p.quality() == Quality.EXEMPLARY ? 10 : this.dice.between(3, 8)));
			String board = this.p.cspName().replace(" Partnership", "").replace(" Partnerships", "");
			List<String> meetings = this.dice.sample(
					List.of(board + " Partnership Board (quarterly)", "Violence Reduction Delivery Group (monthly)",
							"Partnership Tasking Meeting (monthly)", "Exploitation Panel (fortnightly)",
							"Youth Justice Management Board (quarterly)", "Health and Wellbeing Board (annual report)"),
					this.dice.between(2, 4));
			return new Cover(sheet, this.p.has(Quirk.COVER_VALUES_BELOW), title, fields, leads, partners,
					this.dice.chance(0.5), meetings, signOff(signOffSheet, sheet));
		}

		private String person() {
			return this.dice.pick(PlanComposer.this.words.phrases("first")) + " " + surname();
		}

		private SignOffBlock signOff(boolean ownSheet, String coverSheet) {
			if (this.p.signOff() == SignOff.NOT_REQUIRED) {
				return null;
			}
			String[] roles = { "Local Authority Chief Executive", "Leader of the Council / Elected Mayor",
					"Police BCU Commander" };
			String leader = this.p.onsCodes().size() > 1
					? "Cllr " + person() + " (" + this.p.place().split(" and ")[0] + "); Cllr " + person() + " ("
							+ this.p.place().split(" and ")[1] + ")"
					: this.dice.chance(0.2) ? "Mayor " + person() : "Cllr " + person();
			String[] names = { person(), leader, "Ch Supt " + person() };
			List<Signature> signatures = new ArrayList<>();
			int missing = this.dice.between(0, 1);
			for (int i = 0; i < roles.length; i++) {
				boolean filled = switch (this.p.signOff()) {
					case FULL -> true;
					case PARTIAL -> i != missing;
					case POLICE_ONLY -> i == 2;
					default -> false;
				};
				if (!filled) {
					boolean nameOnly = this.p.signOff() == SignOff.PARTIAL && this.dice.chance(0.5);
					String dots = this.p.signOff() == SignOff.BLANK && this.dice.chance(0.3) ? "....." : null;
					signatures.add(new Signature(roles[i], nameOnly ? names[i] : null, dots, dots));
					continue;
				}
				Object date = this.period.submitted().minusDays(this.dice.between(1, 12));
				if (this.dice.chance(0.3)) {
					date = ((LocalDate) date).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
				}
				String signature = this.dice.pick("signed", "Signed", names[i].replace("; ", " / "),
						"Signed electronically");
				signatures.add(new Signature(roles[i], names[i], date, signature));
			}
			String heading = this.dice.pick("Local Violence and Vulnerability Reduction Action Plan Sign Off",
					"Sign off", "Sign-off");
			String sheet = ownSheet ? this.dice.pick("Sign off", "Sign-off", "Sign Off ") : null;
			if (sheet != null && sheet.trim().equalsIgnoreCase(coverSheet.trim())) {
				sheet = "Signatures";
			}
			return new SignOffBlock(sheet, this.dice.chance(0.4), heading, signatures);
		}

		private List<String> optionalHeadings() {
			List<String> headings = new ArrayList<>(List.of(this.dice.pick("Ref", "No."),
					this.dice.pick("Theme", "Section"), this.dice.pick("Optional action", "Action", "Optional actions"),
					this.dice.pick("Adopted (Y/N)", "Will you adopt this action?", "Adopted", "Adopted (Y/N)"),
					this.dice.pick("Named lead", "Lead officer", "Lead")));
			if (!this.p.has(Quirk.LEAD_ONLY)) {
				headings.add(this.dice.pick("Lead organisation", "Agency", "Partner(s)"));
			}
			headings.addAll(List.of(this.dice.pick("Outcome", "Expected outcome"),
					this.dice.pick("Timescale", "Timescales"), this.dice.pick("RAG", "RAG status")));
			return headings;
		}

		private List<OptionalEntry> optionalEntries(String sheet) {
			if (sheet == null) {
				return List.of();
			}
			double adopt = switch (this.p.quality()) {
				case EXEMPLARY -> 0.6;
				case TYPICAL -> 0.35;
				case HALF_EMPTY -> 0.25;
				default -> 0.05;
			};
			String[] yesNo = this.dice.pick(new String[] { "Y", "N" }, new String[] { "Yes", "No" },
					new String[] { "Y", "" }, new String[] { "y", "n" });
			List<OptionalEntry> entries = new ArrayList<>();
			for (Option option : PlanComposer.this.words.optional) {
				if (!option.versions().contains(this.p.version())) {
					continue;
				}
				String theme = this.version.themes().get(option.theme() - 1).name();
				if (!this.dice.chance(adopt)) {
					entries.add(new OptionalEntry(option.ref(), theme, option.text(),
							this.dice.chance(0.3) ? "" : yesNo[1], null, null, null, null, null, null));
					continue;
				}
				boolean fill = this.p.quality() != Quality.HALF_EMPTY || this.dice.chance(0.4);
				Rag rag = rag(false);
				LocalDate start = this.period.start().plusMonths(this.dice.between(0, 6));
				entries.add(new OptionalEntry(option.ref(), theme, option.text(), yesNo[0],
						fill ? lead(option.lead()) : null,
						fill && !this.p.has(Quirk.LEAD_ONLY) ? organisations(option.orgs()) : null,
						fill ? option.outcome() : null, fill ? timescale(start, start.plusMonths(11)) : null,
						fill && this.p.ragMode().text() ? ragText(rag) : null,
						fill && this.p.ragMode().fill() ? this.colours.of(rag) : null));
			}
			return entries;
		}

	}

}
