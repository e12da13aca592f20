package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import uk.gov.london.planreview.ingest.CoverDetails.Located;
import uk.gov.london.planreview.plan.Signatory;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Reads the label-and-value layout of a cover or governance sheet: "CSP name" with the
 * value to its right or below it, or "Borough: Camden" in one cell, and the sign-off
 * block of a 2021+ plan (role, then Name / Date / Signature beside or beneath it).
 */
final class CoverReader {

	enum Label {

		CSP_NAME, AUTHORITIES, TEMPLATE_VERSION, SUBMITTED, STRATEGIC_LEADS, BOARD_PARTNERS, KEY_MEETINGS,
		CHIEF_EXECUTIVE, LEADER, BCU_COMMANDER, NAME, SIGNATURE, ORGANISATION;

		boolean signOffRole() {
			return this == CHIEF_EXECUTIVE || this == LEADER || this == BCU_COMMANDER;
		}

	}

	private static final Map<Label, String> ROLE_NAMES = Map.of(Label.CHIEF_EXECUTIVE, Signatory.CHIEF_EXECUTIVE,
			Label.LEADER, Signatory.LEADER, Label.BCU_COMMANDER, Signatory.BCU_COMMANDER);

	/**
	 * What may join a role to the body it signs for: "Chief Executive, Royal Borough of
	 * Kingston upon Thames", "Elected Mayor of Lewisham", "BCU Commander (South BCU)".
	 */
	private static final Pattern QUALIFIED = Pattern
		.compile("\\s*(?:,|;|\\(|-|–|—|\\bof\\b|\\bfor\\b)\\s*(.+?)\\)?\\s*$");

	/**
	 * Longer than this, a cell that starts with a role is a sentence, not a sign-off box.
	 */
	private static final int LONGEST_QUALIFIED_ROLE = 100;

	private static final Pattern PLACEHOLDER = Pattern.compile(
			"^[.…_\\-\\s]*$|^(n/?a|tbc|tbd|to follow|awaiting|not signed|unsigned|pending|none)\\b.*",
			Pattern.CASE_INSENSITIVE);

	/**
	 * How far above a sign-off box the Name / Date / Signature headings may be: a joint
	 * plan has a row per authority for each role beneath one heading row.
	 */
	private static final int HEADING_REACH = 12;

	/** What a signature cell holds when the box is signed without an image. */
	private static final Pattern SIGNED = Pattern.compile(
			"(?i)^(signed|signed electronically|e-?signed|/s/|✓|✔|yes|" + "signed \\(electronically\\)|approved)\\b.*");

	/** How far to the right, or down, a value may sit from its label. */
	private static final int REACH = 6;

	private final Map<String, Label> labels;

	CoverReader(Map<String, Label> labels) {
		this.labels = Map.copyOf(labels);
	}

	static CoverReader load(ReferenceData reference) {
		Map<String, Label> labels = new HashMap<>();
		for (Map<String, String> row : reference.table("cover-labels.csv")) {
			Label label = "submitted".equals(row.get("field")) ? Label.SUBMITTED
					: Label.valueOf(row.get("field").toUpperCase(Locale.ROOT));
			for (String text : ReferenceData.list(row.get("labels"))) {
				labels.putIfAbsent(SheetView.label(text), label);
			}
		}
		return new CoverReader(labels);
	}

	/**
	 * Reads the given rows of the sheets (whole cover sheets, and the title area above
	 * action tables). The first value found for each label wins.
	 */
	CoverDetails read(List<Area> areas) {
		Map<Label, Located> first = new EnumMap<>(Label.class);
		Map<Label, List<String>> lists = new EnumMap<>(Label.class);
		List<SignOffBox> signatories = new ArrayList<>();
		LocalDate submitted = null;
		StringBuilder allText = new StringBuilder();
		for (Area area : areas) {
			SheetView sheet = area.sheet();
			Set<Long> claimed = new HashSet<>();
			// The sign-off block first, so that its "Name" and "Date" cells are not read
			// as the plan's.
			forEachCell(area, (r, c, text) -> {
				Optional<Labelled> labelled = label(text);
				if (labelled.isPresent() && labelled.get().label().signOffRole() && !claimed.contains(cellKey(r, c))) {
					claimed.add(cellKey(r, c));
					signatories.add(signatory(sheet, r, c, labelled.get(), claimed));
				}
			});
			forEachCell(area, (r, c, text) -> {
				allText.append(text).append('\n');
				if (claimed.contains(cellKey(r, c))) {
					return;
				}
				Optional<Labelled> labelled = label(text);
				if (labelled.isEmpty() || labelled.get().label().signOffRole() || labelled.get().label() == Label.NAME
						|| labelled.get().label() == Label.SIGNATURE) {
					return;
				}
				Label label = labelled.get().label();
				Located value = labelled.get().inlineValue().isEmpty() ? valueNear(sheet, r, c, claimed)
						: new Located(labelled.get().inlineValue(), sheet.location(r, c));
				if (value.present()) {
					first.putIfAbsent(label, value);
					lists.computeIfAbsent(label, l -> new ArrayList<>()).add(value.value());
				}
			});
		}
		Located submittedText = first.getOrDefault(Label.SUBMITTED, Located.NONE);
		if (submittedText.present()) {
			submitted = dateAt(areas, submittedText).orElse(null);
		}
		return new CoverDetails(first.getOrDefault(Label.CSP_NAME, Located.NONE),
				first.getOrDefault(Label.AUTHORITIES, Located.NONE),
				first.getOrDefault(Label.TEMPLATE_VERSION, Located.NONE), submittedText, submitted,
				items(lists.get(Label.STRATEGIC_LEADS)), items(lists.get(Label.BOARD_PARTNERS)),
				items(lists.get(Label.KEY_MEETINGS)), signatories, allText.toString());
	}

	private interface CellVisitor {

		void visit(int row, int column, String text);

	}

	private static void forEachCell(Area area, CellVisitor visitor) {
		SheetView sheet = area.sheet();
		for (int r = area.fromRow(); r <= area.toRow(); r++) {
			int lastColumn = sheet.lastColumn(r);
			for (int c = 0; c <= lastColumn; c++) {
				String text = sheet.ownText(r, c);
				if (!text.isEmpty()) {
					visitor.visit(r, c, text);
				}
			}
		}
	}

	/** Rows of a sheet to read as cover text. */
	record Area(SheetView sheet, int fromRow, int toRow) {
	}

	/**
	 * @param qualifier for a sign-off role, the body it is written with, if any
	 */
	private record Labelled(Label label, String inlineValue, String qualifier) {
	}

	/**
	 * A cell that is a label, or "Label: value" in one cell, or a sign-off role with the
	 * body it signs for.
	 */
	private Optional<Labelled> label(String text) {
		Label label = this.labels.get(SheetView.label(text));
		if (label != null) {
			return Optional.of(new Labelled(label, "", ""));
		}
		int colon = text.indexOf(':');
		if (colon > 0 && colon < 60) {
			label = this.labels.get(SheetView.label(text.substring(0, colon)));
			if (label != null) {
				return Optional.of(new Labelled(label, text.substring(colon + 1).trim(), ""));
			}
		}
		return qualifiedRole(text);
	}

	private Optional<Labelled> qualifiedRole(String text) {
		if (text.length() > LONGEST_QUALIFIED_ROLE) {
			return Optional.empty();
		}
		String key = SheetView.normalise(text);
		Labelled best = null;
		int bestLength = 0;
		for (Map.Entry<String, Label> role : this.labels.entrySet()) {
			if (role.getValue().signOffRole() && role.getKey().length() > bestLength && key.startsWith(role.getKey())) {
				Matcher rest = QUALIFIED.matcher(text.strip().substring(role.getKey().length()));
				if (rest.matches()) {
					best = new Labelled(role.getValue(), "", rest.group(1).strip());
					bestLength = role.getKey().length();
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private boolean isLabel(String text) {
		return this.labels.containsKey(SheetView.label(text));
	}

	/** The value to the right of a label, or failing that below it; not another label. */
	private Located valueNear(SheetView sheet, int row, int column, Set<Long> claimed) {
		for (int c = column + 1; c <= column + REACH; c++) {
			String text = sheet.ownText(row, c);
			if (!text.isEmpty()) {
				if (isLabel(text)) {
					break;
				}
				claimed.add(cellKey(row, c));
				return new Located(text, sheet.location(row, c));
			}
		}
		for (int r = row + 1; r <= Math.min(row + 2, sheet.lastRow()); r++) {
			String text = sheet.ownText(r, column);
			if (!text.isEmpty()) {
				if (isLabel(text) || label(text).isPresent()) {
					break;
				}
				claimed.add(cellKey(r, column));
				return new Located(text, sheet.location(r, column));
			}
		}
		return Located.NONE;
	}

	/**
	 * A sign-off box: Name, Date and Signature (and the body signed for) either in the
	 * role's row under column headings; or on the rows beneath the role, labelled in the
	 * role's column with the value to their right (the layout of the VRU's proforma); or
	 * labelled in a column to the left with the value under the role (roles across a
	 * grid).
	 */
	private SignOffBox signatory(SheetView sheet, int row, int column, Labelled role, Set<Long> claimed) {
		String organisation = role.qualifier();
		String name = "";
		String signature = "";
		Optional<LocalDate> date = Optional.empty();
		Map<String, Integer> headingColumns = headingColumnsAbove(sheet, row, claimed);
		if (!headingColumns.isEmpty()) {
			name = at(sheet, row, headingColumns.get("name"), claimed);
			signature = at(sheet, row, headingColumns.get("signature"), claimed);
			if (organisation.isEmpty()) {
				organisation = at(sheet, row, headingColumns.get("organisation"), claimed);
			}
			Integer dateColumn = headingColumns.get("date");
			if (dateColumn != null) {
				date = dateOf(sheet, row, dateColumn);
				claimed.add(cellKey(row, dateColumn));
			}
		}
		else if (valuesBeside(sheet, row, column)) {
			// The role's row holds the box without headings: a name, a date, a signature.
			for (int c = column + 1; c <= sheet.lastColumn(row); c++) {
				String text = sheet.ownText(row, c);
				if (text.isEmpty()) {
					continue;
				}
				claimed.add(cellKey(row, c));
				Optional<LocalDate> when = dateOf(sheet, row, c);
				if (when.isPresent() && date.isEmpty()) {
					date = when;
				}
				else if (SIGNED.matcher(text).matches() && signature.isEmpty()) {
					signature = text;
				}
				else if (name.isEmpty()) {
					name = text;
				}
			}
		}
		else {
			for (int r = row + 1; r <= Math.min(row + 6, sheet.lastRow()); r++) {
				String labelText = sheet.ownText(r, column);
				Optional<Labelled> labelled = label(labelText);
				if (labelled.isPresent() && labelled.get().label().signOffRole()) {
					break;
				}
				String field = fieldOf(labelText, labelled);
				String onTheLeft = fieldOnTheLeft(sheet, r, column);
				String value;
				int valueColumn;
				if (onTheLeft != null && (field == null || SIGNED.matcher(labelText).matches())) {
					// A grid: the label is in a column to the left, the value under the
					// role.
					field = onTheLeft;
					value = labelText;
					valueColumn = column;
					claimed.add(cellKey(r, column));
				}
				else if (field != null) {
					claimed.add(cellKey(r, column));
					value = labelled.map(Labelled::inlineValue).orElse(inlineAfterColon(labelText));
					valueColumn = -1;
					if (value.isEmpty()) {
						for (int c = column + 1; c <= column + REACH; c++) {
							if (!sheet.ownText(r, c).isEmpty()) {
								valueColumn = c;
								value = sheet.ownText(r, c);
								claimed.add(cellKey(r, c));
								break;
							}
						}
					}
				}
				else {
					continue;
				}
				switch (field) {
					case "name" -> name = value;
					case "signature" -> signature = value;
					case "organisation" -> organisation = organisation.isEmpty() ? value : organisation;
					case "date" -> date = valueColumn >= 0 ? dateOf(sheet, r, valueColumn) : Optional.empty();
					default -> {
					}
				}
				if ("date".equals(field) && date.isEmpty()) {
					date = Optional.of(Timescale.parse(value)).filter(Timescale::hasDate).map(Timescale::start);
				}
			}
		}
		name = PLACEHOLDER.matcher(name).matches() ? "" : name;
		boolean signed = !PLACEHOLDER.matcher(signature).matches();
		return new SignOffBox(ROLE_NAMES.get(role.label()), organisation, name, date.orElse(null), signed);
	}

	/**
	 * Whether the cells right of a role hold its box (values, not other roles or labels,
	 * as a grid with roles across has).
	 */
	private boolean valuesBeside(SheetView sheet, int row, int column) {
		boolean any = false;
		for (int c = column + 1; c <= Math.min(sheet.lastColumn(row), column + REACH); c++) {
			String text = sheet.ownText(row, c);
			if (!text.isEmpty()) {
				Optional<Labelled> labelled = label(text);
				if (labelled.isPresent() && (labelled.get().label().signOffRole() || !SIGNED.matcher(text).matches())) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	/** A "Name", "Date" or "Signature" label in a column to the left of a grid's role. */
	private String fieldOnTheLeft(SheetView sheet, int row, int column) {
		for (int c = column - 1; c >= 0; c--) {
			String text = sheet.ownText(row, c);
			String field = text.isEmpty() ? null : fieldOf(text, label(text));
			if (field != null && !SIGNED.matcher(text).matches()) {
				return field;
			}
		}
		return null;
	}

	/**
	 * "Name", "Date" and "Signature" headings on the rows just above a role, as column →
	 * field.
	 */
	private Map<String, Integer> headingColumnsAbove(SheetView sheet, int row, Set<Long> claimed) {
		for (int r = row - 1; r >= Math.max(0, row - HEADING_REACH); r--) {
			Map<String, Integer> found = new HashMap<>();
			for (int c = 0; c <= sheet.lastColumn(r); c++) {
				String text = sheet.ownText(r, c);
				String field = fieldOf(text, label(text));
				if (field != null) {
					found.putIfAbsent(field, c);
				}
			}
			if (found.size() >= 2) {
				int headingRow = r;
				found.values().forEach(c -> claimed.add(cellKey(headingRow, c)));
				return found;
			}
		}
		return Map.of();
	}

	private String fieldOf(String text, Optional<Labelled> labelled) {
		if (labelled.isPresent()) {
			return switch (labelled.get().label()) {
				case NAME -> "name";
				case SIGNATURE -> "signature";
				case SUBMITTED -> "date";
				case ORGANISATION, AUTHORITIES -> "organisation";
				default -> null;
			};
		}
		String key = SheetView.label(text.contains(":") ? text.substring(0, text.indexOf(':')) : text);
		return "date".equals(key) ? "date" : null;
	}

	private static String inlineAfterColon(String text) {
		int colon = text.indexOf(':');
		return colon < 0 ? "" : text.substring(colon + 1).trim();
	}

	private static String at(SheetView sheet, int row, Integer column, Set<Long> claimed) {
		if (column == null) {
			return "";
		}
		claimed.add(cellKey(row, column));
		return sheet.ownText(row, column);
	}

	private static Optional<LocalDate> dateOf(SheetView sheet, int row, int column) {
		Optional<LocalDate> date = sheet.date(row, column);
		if (date.isPresent()) {
			return date;
		}
		Timescale parsed = Timescale.parse(sheet.ownText(row, column));
		return parsed.hasDate() ? Optional.of(parsed.start()) : Optional.empty();
	}

	private static Optional<LocalDate> dateAt(List<Area> areas, Located value) {
		String sheetName = value.location().substring(0, value.location().lastIndexOf('!'));
		CellReference ref = new CellReference(value.location().substring(value.location().lastIndexOf('!') + 1));
		for (Area area : areas) {
			if (area.sheet().displayName().equals(sheetName)) {
				Optional<LocalDate> date = area.sheet().date(ref.getRow(), ref.getCol());
				if (date.isPresent()) {
					return date;
				}
			}
		}
		Timescale parsed = Timescale.parse(value.value());
		return parsed.hasDate() && parsed.start().equals(parsed.end()) ? Optional.of(parsed.start()) : Optional.empty();
	}

	private static List<String> items(List<String> values) {
		if (values == null) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String value : values) {
			for (String item : value.split("\\n|;|,(?![^()]*\\))")) {
				if (!item.isBlank()) {
					items.add(item.trim().replaceAll("^[•\\-–*]\\s*", ""));
				}
			}
		}
		return List.copyOf(items);
	}

	private static long cellKey(int row, int column) {
		return ((long) row << 16) | column;
	}

}
