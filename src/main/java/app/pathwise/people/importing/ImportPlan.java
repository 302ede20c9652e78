package app.pathwise.people.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a checked file would do: the problems that stop it, or the records it creates and
 * changes. The digest identifies the planned writes, so applying can tell whether the database
 * moved since the preview.
 */
interface ImportPlan {

    List<ImportProblem> problems();

    List<ImportChangeView> changes();

    ImportCounts counts();

    String digest();

    static String sha256(byte[] bytes) {
        Digest digest = new Digest();
        digest.digest.update(bytes);
        return digest.hex();
    }

    /** A SHA-256 fed value by value, each followed by a separator, so big plans need no big strings. */
    final class Digest {

        private final MessageDigest digest;

        Digest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Digest add(Object... values) {
            for (Object value : values) {
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            digest.update((byte) '\n');
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
