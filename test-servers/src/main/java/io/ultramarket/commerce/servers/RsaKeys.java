package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pairs the harness makes for Keycloak to sign tokens with: generated here, so that tests hold
 * the private key too and can sign tokens of their own with the issuer's real key.
 */
final class RsaKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private RsaKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate RSA keys", e);
        }
    }

    /** The private key as Keycloak's {@code rsa} key provider takes it: PKCS#8, in Base64 without PEM lines. */
    static String privateKeyBase64(KeyPair key) {
        return Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
    }

    /**
     * The key pair kept in {@code file}, or a new one written there if there is none yet: a server whose
     * home is kept signs with the same key after a restart.
     */
    static KeyPair loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(Files.readString(file));
            }
            KeyPair key = generate();
            String base64 = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(key.getPrivate().getEncoded());
            Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), BEGIN + "\n" + base64 + "\n" + END + "\n");
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the signing key in " + file, e);
        }
    }

    /** A PKCS#8 PEM private key, with its public key taken from the private key's modulus and exponent. */
    private static KeyPair read(String pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replace(BEGIN, "").replace(END, ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            RSAPublicKeySpec publicKey = new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent());
            return new KeyPair(rsa.generatePublic(publicKey), privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("not an RSA private key in PKCS#8 PEM", e);
        }
    }
}
