package io.ultramarket.commerce.checkpoint;

import io.ultramarket.commerce.keys.OwnerOnlyFile;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;

/**
 * The Ed25519 key pair that signs checkpoints (the JDK's own implementation), kept in a file outside the
 * database: {@code private} (PKCS#8) and {@code public} (X.509), base64. The JDK cannot derive an Ed25519
 * public key from the private one, so both are stored. Only the public key is needed to check a checkpoint.
 */
public final class CheckpointKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static CheckpointKey fromFile(Path file) {
        Properties stored = new Properties();
        try {
            stored.load(new StringReader(new String(OwnerOnlyFile.readOrCreate(file, CheckpointKey::newKeyPair), StandardCharsets.UTF_8)));
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new CheckpointKey(
                    keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getProperty("private")))),
                    publicKey(Base64.getDecoder().decode(stored.getProperty("public"))));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot read the checkpoint signing key from " + file + ": " + e.getMessage(), e);
        }
    }

    /** An X.509-encoded Ed25519 public key, as the checkpoints' rows and the log carry it. */
    public static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static byte[] newKeyPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Properties stored = new Properties();
            stored.setProperty("private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            stored.setProperty("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            StringWriter text = new StringWriter();
            stored.store(text, "Ed25519 key that signs the event chain's checkpoints (ADR 0045). Keep it private.");
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime lacks " + ALGORITHM, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(statement);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /** Whether {@code signature} is this key's over {@code statement}. */
    public boolean verifies(byte[] statement, byte[] signature) {
        return verifies(publicKey, statement, signature);
    }

    public static boolean verifies(PublicKey key, byte[] statement, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(statement);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether {@code encoded} (X.509) is this key's public half. */
    public boolean isPublicKey(byte[] encoded) {
        return MessageDigest.isEqual(publicKey.getEncoded(), encoded);
    }

    public PublicKey publicKey() {
        return publicKey;
    }
}
