package app.pathwise.careerpath.authoring.transfer;

import java.io.Serial;
import java.io.Serializable;

/** A record the import creates or changes: a competency, indicator, certification, family or path. */
public record ImportChange(int row, RecordType type, String code, ImportAction action) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
