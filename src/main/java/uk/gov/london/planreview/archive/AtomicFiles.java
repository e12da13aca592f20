package uk.gov.london.planreview.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes a file whole or not at all: the content goes to a temporary name in the same
 * directory, is flushed to disk, and only then is moved onto the final name in one step.
 * A crash, a full disk or an exception leaves at most a stray temporary file, never a
 * half-written one under the final name.
 */
public final class AtomicFiles {

	/**
	 * Temporary files start with this, so a restart can tell them apart and remove them.
	 */
	public static final String TEMPORARY_PREFIX = ".tmp-";

	private AtomicFiles() {
	}

	/** Writes the content to the target. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	public static void write(Path target, Content content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// Created as any file is (not as Files.createTempFile does, owner-only), so
		// published files follow the umask and colleagues and a web server can read them.
		Path temporary = directory.resolve(TEMPORARY_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE_NEW)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
				// Writers may close what they are given; the channel must stay open to be
				// forced to disk.
				content.writeTo(CloseShieldOutputStream.wrap(out));
				out.flush();
				channel.force(true);
			}
			move(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Moves a file or directory in one step, replacing a file of the same name. */
	public static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException(
					"The output folder " + target.getParent() + " does not support moving a file into place "
							+ "in one step (is it on a network share?). Choose a local --output folder.",
					ex);
		}
	}

}
