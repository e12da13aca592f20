package uk.gov.london.planreview.sample;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;

import uk.gov.london.planreview.sample.PlanDocument.Colour;

/**
 * A workbook's cell styles, each made once, when first asked for: the workbook lists
 * them in that order, so drawing the same document in the same order gives the same
 * bytes.
 */
final class CellStyles {

	private final Workbook workbook;

	private final String dateFormat;

	private final Map<String, CellStyle> styles = new HashMap<>();

	CellStyles(Workbook workbook, String dateFormat) {
		this.workbook = workbook;
		this.dateFormat = dateFormat;
	}

	/**
	 * A named style: title, label, italic, plain, header, section, theme, refNumber,
	 * textFormat, or (any other name) a bordered cell that wraps.
	 */
	CellStyle get(String name) {
		CellStyle style = this.styles.get(name);
		if (style == null) {
			style = create(name);
			this.styles.put(name, style);
		}
		return style;
	}

	/**
	 * The plan's date format.
	 * @param base the named style it is a date variant of, or null for a bare date
	 */
	CellStyle date(String base) {
		String key = "date:" + base;
		CellStyle style = this.styles.get(key);
		if (style == null) {
			style = this.workbook.createCellStyle();
			if (base != null) {
				style.cloneStyleFrom(get(base));
			}
			style.setDataFormat(this.workbook.createDataFormat().getFormat(this.dateFormat));
			this.styles.put(key, style);
		}
		return style;
	}

	/** A rating's fill, centred; a theme colour with its tint where the plan uses one. */
	CellStyle filled(Colour colour) {
		String key = "fill:" + colour;
		CellStyle style = this.styles.get(key);
		if (style != null) {
			return style;
		}
		style = this.workbook.createCellStyle();
		style.cloneStyleFrom(get("wrap"));
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (style instanceof XSSFCellStyle xssf) {
			CTColor ct = CTColor.Factory.newInstance();
			if (colour.themed()) {
				ct.setTheme(colour.theme());
				if (colour.tint() != 0) {
					ct.setTint(colour.tint());
				}
			}
			else {
				ct.setRgb(HexFormat.of().parseHex("FF" + colour.rgb()));
			}
			xssf.setFillForegroundColor(XSSFColor.from(ct, null));
		}
		else {
			style.setFillForegroundColor(hssfIndex(colour.rgb()));
		}
		this.styles.put(key, style);
		return style;
	}

	private CellStyle create(String name) {
		CellStyle style = this.workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		switch (name) {
			case "title" -> style.setFont(font(true, false, 14));
			case "label" -> style.setFont(font(true, false, 11));
			case "italic" -> style.setFont(font(false, true, 10));
			case "plain" -> {
			}
			case "header" -> {
				bordered(style);
				style.setWrapText(true);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setFont(font(true, false, 11));
				fill(style, IndexedColors.GREY_25_PERCENT, "D9D9D9");
			}
			case "section" -> {
				style.setFont(font(true, false, 12));
				fill(style, IndexedColors.PALE_BLUE, "DDEBF7");
			}
			case "theme" -> {
				bordered(style);
				style.setWrapText(true);
				style.setFont(font(true, false, 11));
			}
			case "refNumber" -> {
				bordered(style);
				style.setDataFormat(this.workbook.createDataFormat().getFormat("0.0"));
			}
			case "textFormat" -> {
				bordered(style);
				style.setWrapText(true);
				style.setDataFormat(this.workbook.createDataFormat().getFormat("@"));
			}
			default -> {
				bordered(style);
				style.setWrapText(true);
			}
		}
		return style;
	}

	/** .xls knows colours only through its palette, which the renderer sets up. */
	private static short hssfIndex(String rgb) {
		IndexedColors colour = switch (rgb) {
			case "C00000" -> IndexedColors.DARK_RED;
			case "FFC000" -> IndexedColors.GOLD;
			case "00B050" -> IndexedColors.BRIGHT_GREEN;
			case "92D050" -> IndexedColors.LIGHT_GREEN;
			case "0070C0" -> IndexedColors.ROYAL_BLUE;
			default -> IndexedColors.RED;
		};
		return colour.getIndex();
	}

	private static void fill(CellStyle style, IndexedColors indexed, String rgb) {
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		if (style instanceof XSSFCellStyle xssf) {
			xssf.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
		}
		else {
			style.setFillForegroundColor(indexed.getIndex());
		}
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

	private Font font(boolean bold, boolean italic, int points) {
		Font font = this.workbook.createFont();
		font.setBold(bold);
		font.setItalic(italic);
		font.setFontHeightInPoints((short) points);
		return font;
	}

}
