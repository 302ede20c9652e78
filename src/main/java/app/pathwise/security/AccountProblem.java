package app.pathwise.security;

/** Why an account change was refused: the form field and the message key to show next to it. */
public record AccountProblem(String field, String messageKey) {
}
