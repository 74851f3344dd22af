package io.ultramarket.commerce.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret the app keeps on disk, outside the database: readable and writable by the file's owner alone
 * ({@code rw-------} where the file system has permissions), and written whole or not at all (under another
 * name, then renamed), so that a kill during the first start leaves no half-written secret behind.
 */
public final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /** The file's bytes; when it does not exist yet, {@code created}'s, written first. */
    public static byte[] readOrCreate(Path file, Supplier<byte[]> created) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] content = created.get();
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path written = parent.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(written);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(written);
            }
            Files.write(written, content);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret file " + file, e);
        }
    }
}
