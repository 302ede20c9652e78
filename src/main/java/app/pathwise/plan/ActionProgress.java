package app.pathwise.plan;

/** How a development action is going: its status, evidence (text and/or an http(s) link) and a completion note. */
public record ActionProgress(ActionStatus status, String evidenceText, String evidenceUrl, String completionNote) {

    public ActionProgress {
        evidenceText = Texts.clean(evidenceText);
        evidenceUrl = Texts.clean(evidenceUrl);
        completionNote = Texts.clean(completionNote);
    }
}
