package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;

/**
 * The London Councils stock-take questionnaire as a survey tool exports it: UTF-8 with a
 * byte-order mark, Windows line endings, answers spanning lines inside quotes, names in
 * many spellings. Three authorities do not answer and one answers twice, the later answer
 * differing.
 */
final class StocktakeSample {

	/** Bexley, Havering and Sutton do not respond. */
	static final Set<String> NON_RESPONDERS = Set.of("E09000004", "E09000016", "E09000029");

	/** Ealing answers twice; its later response says it now has a knife crime plan. */
	static final String ANSWERED_TWICE = "E09000009";

	/** Responders (distinct authorities) whose standing answer to Q2 is yes. */
	static final int KNIFE_CRIME_PLANS = 22;

	/** Responders whose standing answer to Q1 is no or partly: "all but three". */
	static final int NO_CORPORATE_APPROACH = 3;

	static final List<String> HEADER = List.of("Timestamp", "Local authority", "Your role",
			"Q1. Does your authority have a corporate approach to tackling serious youth violence, including knife and gang crime?",
			"Q1 detail", "Q2. Do you have a specific knife crime action plan?", "Q2 detail",
			"Q3. Is this work underpinned by collaboration? (tick all that apply)", "Q3 detail",
			"Q4. Is there specific engagement with community and voluntary sector agencies?", "Q4 detail",
			"Q5. Supporting documents provided");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private static final List<String> Q1_DETAIL = List.of(
			"Serious youth violence is one of the partnership's three priorities and is set out in the Community Safety Strategy agreed by Cabinet.",
			"Our approach is led with the public health team and treats violence as preventable, starting with early years and primary prevention.",
			"Tackling youth violence is a corporate priority: housing, regeneration, leisure and culture all hold actions, not only the specialist teams.",
			"The council is drafting a corporate violence reduction framework, due at Cabinet in the autumn.",
			"Work is coordinated through the Safeguarding Children Partnership and the Youth Justice Management Board as well as the CSP.",
			"We have adopted a trauma-informed approach, recognising the part adverse childhood experiences play in young people's involvement in violence.",
			"Our integrated gangs unit brings police, youth offending, probation and council staff together in one office, with a caseworker from a local charity.",
			"A co-located anti-violence team works with young people referred through the daily risk management meeting.",
			"Schools are treated as places of safety where the effects of childhood trauma can be picked up early.");

	private static final List<String> Q1_NEGATIVE = List.of(
			"There is no separate corporate approach; serious youth violence is covered within the wider community safety plan.",
			"Elements are in place through the YOS and early help but there is no single corporate approach yet.");

	private static final List<String> Q2_YES = List.of(
			"The knife crime action plan was agreed by the CSP board in {month} and is reviewed every quarter.",
			"Our plan follows the MOPAC template and is owned jointly by the council and the BCU.",
			"The plan sits within the CSP's annual plan and has its own delivery group.",
			"The plan was refreshed after the strategic assessment and now includes a public health strand.");

	private static final List<String> Q2_NO = List.of(
			"Knife crime is addressed through the wider violence plan rather than a separate document.",
			"A plan is being drafted with the BCU and should be ready by the end of the year.");

	private static final List<String> Q3_DETAIL = List.of(
			"We work closely with the BCU through the monthly partnership tasking group.",
			"Cross-border work with neighbouring boroughs on county lines and exploitation.",
			"Partners share information every day through the integrated risk meeting.",
			"Health, education and the voluntary sector sit on the violence reduction delivery group alongside the police.",
			"We share an analyst with the other boroughs in our BCU.");

	private static final List<String> Q4_DETAIL = List.of(
			"Voluntary organisations including St Giles Trust, Redthread and local youth clubs deliver much of the diversion work.",
			"Community groups and faith leaders helped shape the plan at a series of listening events.",
			"Our youth council and young advisers reviewed the plan before it was agreed.",
			"Small grants go to grassroots groups working with young people in the wards most affected by violence.",
			"The Safer Neighbourhood Board and residents' associations join weapons sweeps and community walks.");

	private static final List<String> DOCUMENTS = List.of("Community Safety Strategy 2017–2020",
			"Knife Crime Action Plan", "Serious Youth Violence Strategy", "Strategic Assessment 2017/18",
			"Youth Justice Plan 2018/19", "Briefing paper on serious youth violence");

	private StocktakeSample() {
	}

	/** One row of the export. */
	record Response(Authority authority, String name, String role, LocalDateTime time, String q1, String q1Detail,
			String q2, String q2Detail, String q3, String q3Detail, String q4, String q4Detail, String q5) {

		List<String> cells() {
			return List.of(TIMESTAMP.format(this.time), this.name, this.role, this.q1, this.q1Detail, this.q2,
					this.q2Detail, this.q3, this.q3Detail, this.q4, this.q4Detail, this.q5);
		}

	}

	/** The responses in the order the survey tool exports them (by time). */
	static List<Response> responses(AuthorityDirectory london) {
		List<Authority> responders = london.all().stream().filter(a -> !NON_RESPONDERS.contains(a.onsCode())).toList();
		Dice order = new Dice("stocktake", "order");
		List<Authority> byTime = order.shuffled(responders);
		List<Authority> others = order
			.shuffled(responders.stream().filter(a -> !a.onsCode().equals(ANSWERED_TWICE)).toList());
		Set<Authority> withPlan = Set.copyOf(others.subList(0, KNIFE_CRIME_PLANS - 1));
		Set<Authority> noApproach = Set.copyOf(others.subList(others.size() - NO_CORPORATE_APPROACH, others.size()));
		List<Response> responses = new ArrayList<>();
		LocalDateTime time = LocalDateTime.of(2018, 5, 8, 9, 12, 40);
		for (Authority authority : byTime) {
			Dice dice = new Dice(authority.onsCode(), "stocktake");
			time = time.plusMinutes(dice.between(35, 1400)).plusSeconds(dice.between(0, 59));
			boolean twice = authority.onsCode().equals(ANSWERED_TWICE);
			responses.add(response(authority, dice, time, twice ? false : withPlan.contains(authority),
					noApproach.contains(authority)));
			if (twice) {
				// the second submission, a week later, supersedes the first
				responses.add(response(authority, new Dice(authority.onsCode(), "stocktake-again"),
						time.plusDays(7).plusMinutes(dice.between(5, 300)), true, false));
			}
		}
		responses.sort(Comparator.comparing(Response::time));
		return responses;
	}

	private static Response response(Authority a, Dice dice, LocalDateTime time, boolean plan, boolean noApproach) {
		String q1 = noApproach ? dice.pick("No", "N", "Partly") : dice.pick("Yes", "Y", "yes", "Yes – in development",
				"In development", "Incorporated in our community safety strategy", "Yes");
		String q1Detail = lines(dice,
				noApproach ? List.of(dice.pick(Q1_NEGATIVE)) : dice.sample(Q1_DETAIL, dice.between(1, 3)));
		String q2 = plan ? dice.pick("Y", "yes", "Yes", "Yes")
				: dice.pick("No", "N", "In development", "Incorporated in our community safety strategy", "Partly");
		String q2Detail = (plan ? dice.pick(Q2_YES) : dice.pick(Q2_NO)).replace("{month}",
				dice.pick("March", "January", "November"));
		List<String> ticks = new ArrayList<>();
		for (String option : List.of("With the police", "Cross-agency", "Cross-borough")) {
			if (dice.chance(0.65)) {
				ticks.add(option);
			}
		}
		if (ticks.isEmpty()) {
			ticks.add("With the police");
		}
		String q3Detail = lines(dice, dice.sample(Q3_DETAIL, dice.between(1, 2)));
		String q4 = dice.chance(0.9) ? dice.pick("Yes", "Y", "yes") : dice.pick("Partly", "No");
		String q4Detail = lines(dice, dice.sample(Q4_DETAIL, dice.between(1, 3)));
		String q5 = dice.chance(0.3) ? "" : String.join("; ", dice.sample(DOCUMENTS, dice.between(1, 2)));
		return new Response(a, spelling(a, dice),
				dice.pick("Head of Community Safety", "Chief Executive", "Community Safety Manager",
						"Director of Communities", "Head of Community Safety"),
				time, q1, q1Detail, q2, q2Detail, String.join("; ", ticks), q3Detail, q4, q4Detail, q5);
	}

	/**
	 * Sentences of a free-text answer: one line each, some as bullets, as people type
	 * into a survey box.
	 */
	private static String lines(Dice dice, List<String> sentences) {
		if (sentences.size() == 1) {
			return sentences.get(0);
		}
		String prefix = dice.chance(0.3) ? "• " : "";
		String newline = dice.chance(0.15) ? "\r\n" : "\n";
		return prefix + String.join(newline + prefix, sentences);
	}

	private static String spelling(Authority a, Dice dice) {
		String special = switch (a.onsCode()) {
			case "E09000001" -> "City of London Corporation";
			case "E09000002" -> dice.pick("LB Barking and Dagenham", "Barking & Dagenham");
			case "E09000011" -> "Royal Borough of Greenwich";
			case "E09000013" -> "LBHF";
			case "E09000020" -> "RBKC";
			case "E09000021" -> "Royal Borough of Kingston upon Thames";
			case "E09000027" -> "London Borough of Richmond upon Thames";
			case "E09000030" -> "LBTH";
			case "E09000033" -> "Westminster City Council";
			default -> null;
		};
		if (special != null) {
			return special;
		}
		return switch (dice.between(0, 5)) {
			case 0 -> "LB " + a.name();
			case 1 -> "London Borough of " + a.name();
			case 2 -> a.name() + " Council";
			case 3 -> " " + a.name().toLowerCase(Locale.UK) + " council ";
			default -> a.name();
		};
	}

	/** The export as bytes: byte-order mark, CRLF between records, RFC 4180 quoting. */
	static byte[] csv(List<Response> responses) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(HEADER);
			for (Response response : responses) {
				printer.printRecord(response.cells());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
