package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a distribution zip into the cache once. Several builds on one machine may start at the same
 * time, so the unpacking holds a file lock, happens in a staging folder, and ends with an atomic rename:
 * a folder under its final name is always complete.
 */
final class ZipInstall {

    private ZipInstall() {
    }

    /**
     * @param zip       the distribution
     * @param topFolder the folder inside the zip that holds the distribution (e.g. elasticsearch-8.19.21)
     * @param cache     where the unpacked folder lives, under the same name
     * @return the unpacked folder; files under its bin/ are executable
     */
    static Path unpackOnce(Path zip, String topFolder, Path cache) {
        return unpackOnce(zip, topFolder, cache, topFolder, unpacked -> {
        });
    }

    /**
     * Like {@link #unpackOnce(Path, String, Path)}, for a distribution that must be prepared before use (a
     * build step, a first database): {@code prepare} runs on the unpacked folder before it gets its name,
     * so a folder under that name is always prepared. Name it after what {@code prepare} does, so that
     * another preparation gets a folder of its own.
     *
     * @param installedName the prepared folder's name in the cache
     * @param prepare       runs once, on the unpacked folder in its staging place; what it throws fails the
     *                      installation and leaves nothing under {@code installedName}
     */
    static Path unpackOnce(Path zip, String topFolder, Path cache, String installedName, Consumer<Path> prepare) {
        Path target = cache.resolve(installedName);
        if (Files.isDirectory(target)) {
            return target;
        }
        try (FileChannel channel = FileChannel.open(cache.resolve(installedName + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.isDirectory(target)) {
                return target;
            }
            Path staging = Files.createTempDirectory(cache, installedName + ".unpacking-");
            try {
                unzip(zip, staging);
                Path unpacked = staging.resolve(topFolder);
                if (!Files.isDirectory(unpacked)) {
                    throw new IllegalStateException(zip + " has no folder " + topFolder);
                }
                makeExecutable(unpacked.resolve("bin"));
                prepare.accept(unpacked);
                Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteRecursively(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip + " into " + cache, e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, path);
                    }
                }
            }
        }
    }

    /** java.util.zip does not restore Unix modes; the launch scripts are the only files that need one. */
    private static void makeExecutable(Path bin) throws IOException {
        if (!Files.isDirectory(bin)) {
            return;
        }
        try (Stream<Path> files = Files.list(bin)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
