package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept server home signs with the same key after a restart: the key is kept in a PEM file. */
class RsaKeysTest {

    @Test
    void aKeyPairKeptInAFileIsTheSameWhenReadBackAndItsHalvesBelongTogether(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("signing-key.pem");

        KeyPair created = RsaKeys.loadOrCreate(file);
        KeyPair readBack = RsaKeys.loadOrCreate(file);

        assertThat(file).content().startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(readBack.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
        assertThat(readBack.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(readBack.getPrivate());
        signer.update("token".getBytes(StandardCharsets.US_ASCII));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(created.getPublic());
        verifier.update("token".getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signer.sign())).isTrue();
    }
}
