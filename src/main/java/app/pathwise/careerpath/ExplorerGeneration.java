package app.pathwise.careerpath;

/**
 * The framework's generation as a request read it, and the reader's own level then ({@code null} when
 * their job title places them on no published level).
 */
public record ExplorerGeneration(long generation, Long viewerLevel) {
}
