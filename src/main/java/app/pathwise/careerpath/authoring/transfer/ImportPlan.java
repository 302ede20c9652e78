package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.PathTrack;
import app.pathwise.shared.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a checked file would do: the problems that stop it, or the writes it makes. Unchanged
 * records are counted but not written. The digest identifies the writes, so applying can tell
 * whether the database moved since the preview.
 */
record ImportPlan(List<TransferProblem> problems, List<CompetencyWrite> competencies,
                  List<IndicatorWrite> indicators, List<CertificationWrite> certifications,
                  List<FamilyWrite> families, List<PathWrite> paths, List<ImportChange> changes, int rows,
                  int unchanged) {

    record CompetencyWrite(Long id, String code, String groupCode, LocalizedText name, LocalizedText description,
                           boolean active) {
    }

    record IndicatorWrite(String competencyCode, int level, LocalizedText behaviours) {
    }

    record CertificationWrite(Long id, String code, LocalizedText name, String issuer, Integer validityMonths) {
    }

    record FamilyWrite(Long id, String code, LocalizedText name, LocalizedText description, int position) {
    }

    /** A new path (pathId null) or a new draft version of an existing path, with the file's content. */
    record PathWrite(Long pathId, String code, String familyCode, PathTrack track, PathContent content) {
    }

    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object write : List.of(competencies, indicators, certifications, families, paths)) {
                sha.update(String.valueOf(write).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
