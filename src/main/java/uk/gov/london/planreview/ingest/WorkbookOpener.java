package uk.gov.london.planreview.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook defensively. It looks at what the file is rather than what its name
 * says, refuses what is not a spreadsheet, password-protected or damaged with a plain
 * reason, and opens OOXML under tightened zip-bomb limits. Nothing in the file is
 * evaluated or fetched: the reader only ever uses the values Excel cached.
 */
final class WorkbookOpener {

	/** A plan workbook is tens of kilobytes; anything this big is not a plan. */
	static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

	static {
		// Tighter than POI's defaults (4 GB entries, 1000 parts): a real plan's largest
		// part is a few MB.
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
		ZipSecureFile.setMaxFileCount(500);
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxTextSize(5L * 1024 * 1024);
	}

	private WorkbookOpener() {
	}

	/**
	 * The workbook, open; the caller closes it.
	 * @param mostCells a workbook with more filled cells than this is not opened
	 * ({@link FilledCells})
	 */
	static Workbook open(Path file, long mostCells) throws UnreadableWorkbookException {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException("The file could not be opened: " + ex.getMessage() + ".", ex);
		}
		if (size == 0) {
			throw new UnreadableWorkbookException("The file is empty (0 bytes). Ask the CSP to send the plan again.");
		}
		if (size > MAX_FILE_BYTES) {
			throw new UnreadableWorkbookException("The file is " + size / (1024 * 1024)
					+ " MB, far larger than any plan workbook (limit " + MAX_FILE_BYTES / (1024 * 1024)
					+ " MB); it was not opened. Ask the CSP to send the plan without embedded media.");
		}
		FileMagic magic;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException("The file could not be opened: " + ex.getMessage() + ".", ex);
		}
		return switch (magic) {
			case OOXML -> openOoxml(file, mostCells);
			case OLE2 -> openOle2(file, mostCells);
			case PDF -> throw notAWorkbook("a PDF document");
			case HTML, XML -> throw notAWorkbook("a web page or XML file saved under a spreadsheet name");
			case RTF, WORD2, MSWRITE -> throw notAWorkbook("a word-processor document");
			case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> throw notAWorkbook("an image");
			case BIFF2, BIFF3, BIFF4 -> throw new UnreadableWorkbookException(
					"The file is in a pre-1997 Excel format that cannot be read. Ask the CSP to save it as .xlsx.");
			default -> throw notAWorkbook(describeUnknown(file));
		};
	}

	private static Workbook openOoxml(Path file, long mostCells) throws UnreadableWorkbookException {
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			if (pkg.getPartsByName(Pattern.compile("/xl/workbook\\.xml")).isEmpty()) {
				String what = pkg.getPartsByName(Pattern.compile("/word/.*")).isEmpty()
						? "an Office document that is not a spreadsheet" : "a Word document";
				pkg.revert();
				throw notAWorkbook(what);
			}
			if (FilledCells.ooxml(pkg, mostCells) > mostCells) {
				pkg.revert();
				throw tooManyCells(mostCells);
			}
			return new XSSFWorkbook(pkg);
		}
		catch (UnreadableWorkbookException ex) {
			throw ex;
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			revertQuietly(pkg);
			throw damaged(ex);
		}
		catch (POIXMLException | IOException | IllegalStateException | IllegalArgumentException ex) {
			revertQuietly(pkg);
			if (isZipBomb(ex)) {
				throw new UnreadableWorkbookException("The file expands to far more data than a plan could hold "
						+ "(it looks like a zip bomb); it was not read. Ask the CSP for a plain copy of the plan.", ex);
			}
			throw damaged(ex);
		}
		catch (RuntimeException ex) {
			revertQuietly(pkg);
			throw damaged(ex);
		}
	}

	private static Workbook openOle2(Path file, long mostCells) throws UnreadableWorkbookException {
		POIFSFileSystem fs = null;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
				fs.close();
				throw passwordProtected();
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				fs.close();
				throw notAWorkbook("a Word document");
			}
			if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
				fs.close();
				throw notAWorkbook("an Office document that is not a spreadsheet");
			}
			if (FilledCells.biff(root, mostCells) > mostCells) {
				fs.close();
				throw tooManyCells(mostCells);
			}
			return new HSSFWorkbook(root, false);
		}
		catch (UnreadableWorkbookException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			closeQuietly(fs);
			throw passwordProtected();
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(fs);
			throw damaged(ex);
		}
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("maxtextsize")
					|| message.contains("max file count") || message.contains("too many files")) {
				return true;
			}
		}
		return false;
	}

	private static UnreadableWorkbookException tooManyCells(long most) {
		return new UnreadableWorkbookException(String.format(Locale.UK,
				"The workbook has more than %,d filled cells, far more than any plan has, so it was set aside unread "
						+ "and London's review went on without it. Check that it is the plan itself and not a data "
						+ "extract. Ask the CSP for the plan if it is not.",
				most));
	}

	private static UnreadableWorkbookException passwordProtected() {
		return new UnreadableWorkbookException("The workbook is password-protected, so it cannot be read. "
				+ "Ask the CSP to send a copy without a password.");
	}

	private static UnreadableWorkbookException notAWorkbook(String what) {
		return new UnreadableWorkbookException("This is not a spreadsheet: it is " + what
				+ ". Ask the CSP to send the plan as an Excel workbook (.xlsx).");
	}

	private static UnreadableWorkbookException damaged(Throwable cause) {
		String detail = cause instanceof ZipException || cause.getCause() instanceof ZipException
				? " (it may be truncated or may not have finished copying)" : "";
		return new UnreadableWorkbookException(
				"The workbook is damaged and could not be read" + detail + ". Ask the CSP to send it again.", cause);
	}

	private static String describeUnknown(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") ? "a CSV text file, not a plan workbook" : "a file of an unknown kind";
	}

	private static void revertQuietly(OPCPackage pkg) {
		if (pkg != null) {
			pkg.revert();
		}
	}

	private static void closeQuietly(POIFSFileSystem fs) {
		if (fs != null) {
			try {
				fs.close();
			}
			catch (IOException ignored) {
				// Already failing with a clearer reason.
			}
		}
	}

}
