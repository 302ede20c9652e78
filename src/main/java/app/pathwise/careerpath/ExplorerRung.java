package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;
import java.util.List;

/** One level drawn on a path's ladder, with its lateral moves. */
public record ExplorerRung(long levelId, String code, int position, LocalizedText title, LocalizedText summary,
                           int minYears, int competencyCount, int certificationCount, boolean yours,
                           List<ExplorerMove> moves) {
}
