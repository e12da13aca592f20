package uk.gov.london.planreview.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.sample.PlanDocument.Cover;
import uk.gov.london.planreview.sample.PlanDocument.CoverField;
import uk.gov.london.planreview.sample.PlanDocument.Person;
import uk.gov.london.planreview.sample.PlanDocument.SignOffBlock;
import uk.gov.london.planreview.sample.PlanDocument.Signature;
import uk.gov.london.planreview.sample.PlanProfile.Layout;
import uk.gov.london.planreview.sample.PlanProfile.Police;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.PlanProfile.SignOff;

/**
 * The cover sheet — who the plan is for, its template and submission date, its strategic
 * leads, partners and meetings — and the sign-off, on the cover or on a sheet of its own,
 * with as many signatures as the plan's profile says it has.
 */
final class CoverAndSignOff {

	private static final String[] SIGNATORIES = { "Local Authority Chief Executive",
			"Leader of the Council / Elected Mayor", "Police BCU Commander" };

	private final Composition plan;

	private final Dice dice;

	private final People people;

	private final Titles titles;

	CoverAndSignOff(Composition plan, People people, Titles titles) {
		this.plan = plan;
		this.dice = plan.dice;
		this.people = people;
		this.titles = titles;
	}

	Cover cover() {
		boolean signOffSheet = this.plan.has(Quirk.SIGNOFF_SHEET);
		String sheet = coverSheet(signOffSheet);
		List<String> title = new ArrayList<>();
		title.add(this.titles.planTitle());
		if (this.dice.chance(0.6)) {
			title.add(0, this.plan.profile.cspName());
		}
		List<CoverField> fields = fields();
		List<Person> leads = leads();
		List<String> partners = partners();
		String board = this.plan.profile.cspName().replace(" Partnership", "").replace(" Partnerships", "");
		List<String> meetings = this.dice.sample(
				List.of(board + " Partnership Board (quarterly)", "Violence Reduction Delivery Group (monthly)",
						"Partnership Tasking Meeting (monthly)", "Exploitation Panel (fortnightly)",
						"Youth Justice Management Board (quarterly)", "Health and Wellbeing Board (annual report)"),
				this.dice.between(2, 4));
		boolean partnersInOneCell = this.dice.chance(0.5);
		SignOffBlock signOff = signOff(signOffSheet, sheet);
		return new Cover(sheet, this.plan.has(Quirk.COVER_VALUES_BELOW), title, fields, leads, partners,
				partnersInOneCell, meetings, signOff);
	}

	/** The cover's name; where it also holds the sign-off, it may be named for that. */
	private String coverSheet(boolean signOffSheet) {
		List<String> names = new ArrayList<>(List.of("Cover", "Front sheet", "Front Sheet ", "Cover sheet"));
		if (this.plan.profile.layout() != Layout.SHEET_PER_THEME) {
			names.add("Governance");
		}
		if (!signOffSheet && this.plan.profile.signOff() != SignOff.NOT_REQUIRED) {
			names.add("Sign off");
		}
		return this.dice.pick(names);
	}

	/** Label and value pairs; the submission date is a date cell unless typed as text. */
	private List<CoverField> fields() {
		PlanProfile profile = this.plan.profile;
		List<CoverField> fields = new ArrayList<>();
		fields.add(new CoverField(
				this.dice.pick("CSP name", "Community Safety Partnership", "Partnership", "Name of CSP"),
				profile.cspName()));
		fields.add(new CoverField(profile.onsCodes().size() > 1
				? this.dice.pick("Authorities covered", "Boroughs covered")
				: this.dice.pick("Local authority", "Borough", "Authority", "Local authority / authorities covered"),
				profile.coverName()));
		if (!profile.has(Quirk.VERSION_IN_TITLE)) {
			String versionText = switch (profile.version()) {
				case "2017" -> this.dice.pick("2017", "MOPAC knife crime action plan template (2017)");
				case "2021" -> this.dice.pick("2021", "VRU template 2021", "2021 template");
				default -> this.dice.pick("2023", "2023 template (Serious Violence Duty)", "VRU template 2023");
			};
			fields.add(new CoverField(this.dice.pick("Template version", "Template", "Action plan template"),
					versionText));
		}
		LocalDate date = this.plan.period.submitted();
		Object submitted = profile.has(Quirk.SUBMITTED_AS_TEXT) ? date.format(DateTimeFormatter
			.ofPattern(this.dice.pick("d MMMM yyyy", "dd/MM/yyyy", "MMMM yyyy"), Locale.UK)) : date;
		fields.add(new CoverField(
				this.dice.pick("Date submitted", "Submission date", "Date of submission", "Submitted on"),
				submitted));
		return fields;
	}

	private List<Person> leads() {
		Police police = this.plan.profile.police();
		List<Person> leads = new ArrayList<>();
		leads.add(new Person("Cllr " + this.people.person(), "Cabinet Member for "
				+ this.dice.pick("Community Safety", "Communities and Safety", "Crime and Community Safety")));
		leads.add(new Person(this.people.person(), this.dice.pick("Director of Community Safety",
				"Head of Community Safety", "Director of Communities")));
		leads.add(new Person(this.dice.pick("Ch Supt ", "Det Ch Supt ") + this.people.person(),
				police.london() ? "BCU Commander, " + police.bcu() + (police.force().equals("MPS") ? " BCU" : "")
						: "District Commander, " + police.force()));
		if (this.plan.profile.quality() != Quality.POLICE_ONLY && this.dice.chance(0.7)) {
			leads.add(new Person(this.people.person(), "Director of Public Health"));
		}
		return leads;
	}

	/** The police first, then a sample of the usual partners; exemplary plans name ten. */
	private List<String> partners() {
		List<String> partners = new ArrayList<>(List.of(this.people.policeNames().get(0)));
		partners.addAll(this.dice.sample(
				List.of(this.people.organisation("fire"), "Probation Service", "Public Health", "YOS",
						"Children's Social Care", "Housing", "Safer Neighbourhood Board", "NHS trust", "ICB",
						"VCS partners", "Education / schools", "DWP"),
				this.plan.profile.quality() == Quality.EXEMPLARY ? 10 : this.dice.between(3, 8)));
		return partners;
	}

	private SignOffBlock signOff(boolean ownSheet, String coverSheet) {
		SignOff signOff = this.plan.profile.signOff();
		if (signOff == SignOff.NOT_REQUIRED) {
			return null;
		}
		// the leader's name is drawn before the others, so the dice give the same names
		String leader = leader();
		String[] names = { this.people.person(), leader, "Ch Supt " + this.people.person() };
		List<Signature> signatures = new ArrayList<>();
		int missing = this.dice.between(0, 1);
		for (int i = 0; i < SIGNATORIES.length; i++) {
			boolean filled = switch (signOff) {
				case FULL -> true;
				case PARTIAL -> i != missing;
				case POLICE_ONLY -> i == 2;
				default -> false;
			};
			signatures.add(filled ? signed(SIGNATORIES[i], names[i]) : unsigned(SIGNATORIES[i], names[i]));
		}
		String heading = this.dice.pick("Local Violence and Vulnerability Reduction Action Plan Sign Off",
				"Sign off", "Sign-off");
		String sheet = ownSheet ? this.dice.pick("Sign off", "Sign-off", "Sign Off ") : null;
		if (sheet != null && sheet.trim().equalsIgnoreCase(coverSheet.trim())) {
			sheet = "Signatures";
		}
		return new SignOffBlock(sheet, this.dice.chance(0.4), heading, signatures);
	}

	/** The council's leader; a joint plan has one for each council. */
	private String leader() {
		if (this.plan.profile.onsCodes().size() > 1) {
			String[] places = this.plan.profile.place().split(" and ");
			return "Cllr " + this.people.person() + " (" + places[0] + "); Cllr " + this.people.person() + " ("
					+ places[1] + ")";
		}
		return this.dice.chance(0.2) ? "Mayor " + this.people.person() : "Cllr " + this.people.person();
	}

	private Signature signed(String role, String name) {
		Object date = this.plan.period.submitted().minusDays(this.dice.between(1, 12));
		if (this.dice.chance(0.3)) {
			date = ((LocalDate) date).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		String signature = this.dice.pick("signed", "Signed", name.replace("; ", " / "), "Signed electronically");
		return new Signature(role, name, date, signature);
	}

	/** A gap left for a signature: the name alone, dotted lines, or nothing. */
	private Signature unsigned(String role, String name) {
		SignOff signOff = this.plan.profile.signOff();
		boolean nameOnly = signOff == SignOff.PARTIAL && this.dice.chance(0.5);
		String dots = signOff == SignOff.BLANK && this.dice.chance(0.3) ? "....." : null;
		return new Signature(role, nameOnly ? name : null, dots, dots);
	}

}
