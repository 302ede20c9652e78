package app.pathwise.people;

import java.util.List;

/**
 * A manager's direct reports who still work here: the first ones by name, and how many there are.
 *
 * @param total all of them, also those beyond the ones shown
 */
public record DirectReports(List<PersonRef> shown, long total) {

    public boolean isEmpty() {
        return shown.isEmpty();
    }

    public boolean cut() {
        return total > shown.size();
    }
}
