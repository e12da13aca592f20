package uk.gov.london.planreview.document;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a font's glyph-substitution table (GSUB). PDFBox applies it to Latin text to
 * draw "fi" and "ff" as ligature glyphs, which then extract as single characters (hurting
 * search, copying and screen readers) and which it matches with regular expressions built
 * for every run of text: most of the time spent rendering. Without the table every letter
 * is drawn as itself.
 */
final class FontTables {

	private static final int HEADER = 12;

	private static final int RECORD = 16;

	private FontTables() {
	}

	static byte[] withoutSubstitutions(byte[] font) {
		ByteBuffer in = ByteBuffer.wrap(font);
		int sfntVersion = in.getInt(0);
		int count = Short.toUnsignedInt(in.getShort(4));
		List<int[]> kept = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int at = HEADER + i * RECORD;
			int tag = in.getInt(at);
			if (tag != tag("GSUB")) {
				kept.add(new int[] { tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12) });
			}
		}
		if (kept.size() == count) {
			return font;
		}
		int size = HEADER + kept.size() * RECORD;
		for (int[] table : kept) {
			size += padded(table[3]);
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		int entrySelector = 31 - Integer.numberOfLeadingZeros(kept.size());
		int searchRange = (1 << entrySelector) * RECORD;
		out.putInt(sfntVersion)
			.putShort((short) kept.size())
			.putShort((short) searchRange)
			.putShort((short) entrySelector)
			.putShort((short) (kept.size() * RECORD - searchRange));
		int offset = HEADER + kept.size() * RECORD;
		for (int[] table : kept) {
			out.putInt(table[0]).putInt(table[1]).putInt(offset).putInt(table[3]);
			offset += padded(table[3]);
		}
		for (int[] table : kept) {
			out.put(font, table[2], table[3]);
			out.position(out.position() + padded(table[3]) - table[3]);
		}
		return out.array();
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	private static int tag(String name) {
		return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
	}

}
