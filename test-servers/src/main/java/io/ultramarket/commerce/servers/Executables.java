package io.ultramarket.commerce.servers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a server's program on the PATH, or in folders where packages put it out of a normal user's PATH. */
final class Executables {

    private Executables() {
    }

    static Optional<Path> find(String name, List<Path> alsoIn) {
        List<Path> folders = new ArrayList<>();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                folders.add(Path.of(folder));
            }
        }
        folders.addAll(alsoIn);
        return folders.stream().map(folder -> folder.resolve(name)).filter(Files::isExecutable).findFirst();
    }
}
