package io.ultramarket.commerce.security.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The development issuer's RSA key, kept in a file so that tokens stay valid across restarts: read if
 * the file exists, generated once (2048 bits) and written readable by its owner only otherwise.
 */
final class SigningKeyFile {

    private SigningKeyFile() {
    }

    static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return (RSAKey) JWKSet.parse(Files.readString(file)).getKeys().get(0);
            }
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            write(file, new JWKSet(key).toString(false));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development issuer's key in " + file, e);
        } catch (ParseException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("the development issuer's key file " + file
                    + " is not an RSA JWK set; delete it to have a new key generated", e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "signing-key", ".partial");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(partial, content);
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
