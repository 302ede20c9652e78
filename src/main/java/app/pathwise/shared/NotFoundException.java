package app.pathwise.shared;

/**
 * A record that does not exist or that the caller may not see. Both answer 404, so a caller
 * learns nothing about records outside their reach.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
