package uk.gov.london.planreview.ingest;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import uk.gov.london.planreview.plan.Rag;

/**
 * A RAG rating from a cell's text ("R", "Amber", "On track", "Blue", "Complete") and from
 * its fill colour, for plans that only colour the cell. Colours are classified by hue
 * after applying any theme tint, so a pale theme green still reads as green.
 */
final class RagReading {

	private static final Map<String, Rag> WORDS = Map.ofEntries(Map.entry("r", Rag.RED), Map.entry("red", Rag.RED),
			Map.entry("off track", Rag.RED), Map.entry("not on track", Rag.RED), Map.entry("a", Rag.AMBER),
			Map.entry("amber", Rag.AMBER), Map.entry("at risk", Rag.AMBER), Map.entry("some concerns", Rag.AMBER),
			Map.entry("a/g", Rag.AMBER), Map.entry("amber/green", Rag.AMBER), Map.entry("r/a", Rag.RED),
			Map.entry("red/amber", Rag.RED), Map.entry("g", Rag.GREEN), Map.entry("green", Rag.GREEN),
			Map.entry("on track", Rag.GREEN), Map.entry("on target", Rag.GREEN), Map.entry("b", Rag.COMPLETE),
			Map.entry("blue", Rag.COMPLETE), Map.entry("complete", Rag.COMPLETE), Map.entry("completed", Rag.COMPLETE),
			Map.entry("done", Rag.COMPLETE), Map.entry("achieved", Rag.COMPLETE), Map.entry("closed", Rag.COMPLETE));

	private RagReading() {
	}

	/** The rating a text gives, if it is one. */
	static Optional<Rag> fromText(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String key = text.toLowerCase(Locale.ROOT)
			.replace('\u00A0', ' ')
			.replaceAll("[().!]", "")
			.replaceAll("\\s+", " ")
			.replace(" / ", "/")
			.trim();
		Rag rag = WORDS.get(key);
		if (rag == null) {
			// "Green - on track", "Amber (some slippage)": the first word decides.
			String first = key.split("[\\s\\-–:,]+")[0];
			if (first.length() > 1) {
				rag = WORDS.get(first);
			}
		}
		return Optional.ofNullable(rag);
	}

	/** The rating a cell's solid fill gives, if its colour is a RAG colour. */
	static Optional<Rag> fromFill(Cell cell) {
		if (cell == null) {
			return Optional.empty();
		}
		CellStyle style = cell.getCellStyle();
		if (style == null || style.getFillPattern() == FillPatternType.NO_FILL) {
			return Optional.empty();
		}
		int[] rgb = rgb(style);
		return rgb == null ? Optional.empty() : classify(rgb[0], rgb[1], rgb[2]);
	}

	/**
	 * Red, amber, green or blue by hue. Grey, white and black are not ratings; nor is a
	 * pale yellow, which templates use to mark input cells, while Excel's pale "Good" and
	 * "Bad" fills still count.
	 */
	static Optional<Rag> classify(int red, int green, int blue) {
		float[] hsb = Color.RGBtoHSB(red, green, blue, null);
		float hue = hsb[0] * 360;
		float saturation = hsb[1];
		float brightness = hsb[2];
		if (saturation < 0.15f || brightness < 0.25f) {
			return Optional.empty();
		}
		if (hue < 18 || hue >= 335) {
			return Optional.of(Rag.RED);
		}
		if (hue < 58) {
			return saturation < 0.3f ? Optional.empty() : Optional.of(Rag.AMBER);
		}
		if (hue < 170) {
			return Optional.of(Rag.GREEN);
		}
		if (hue < 260) {
			return Optional.of(Rag.COMPLETE);
		}
		return Optional.empty();
	}

	private static int[] rgb(CellStyle style) {
		if (style instanceof XSSFCellStyle xssf) {
			XSSFColor color = xssf.getFillForegroundXSSFColor();
			if (color == null || color.isAuto()) {
				return null;
			}
			byte[] bytes = color.getRGBWithTint();
			if (bytes == null) {
				bytes = color.getRGB();
			}
			return bytes == null ? null : new int[] { bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF };
		}
		if (style instanceof HSSFCellStyle hssf) {
			HSSFColor color = hssf.getFillForegroundColorColor();
			if (color == null) {
				return null;
			}
			short[] triplet = color.getTriplet();
			return new int[] { triplet[0], triplet[1], triplet[2] };
		}
		return null;
	}

}
