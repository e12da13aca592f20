package uk.gov.london.planreview.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every entry of an OOXML package with the time it was written, so two runs
 * differ in their bytes. Copying the entries, in the same order, into a new zip with one
 * fixed local time makes the file depend on its content alone (each entry's bytes are
 * copied as they are).
 */
public final class StableZip {

	private StableZip() {
	}

	public static byte[] restamp(byte[] zip, LocalDateTime time) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream copy = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				ZipEntry stamped = new ZipEntry(entry.getName());
				// a local time, so the DOS timestamp is the same whatever the machine's
				// time zone
				stamped.setTimeLocal(time);
				copy.putNextEntry(stamped);
				in.transferTo(copy);
				copy.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
