package app.pathwise.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A kept part of a page as the response sends it: UTF-8 bytes, encoded once when the part is kept, cut
 * where its forms take the CSRF token ({@link FragmentRenderer#renderWithForms}). A page's template
 * writes {@code th:utext="${part.place}"} where the part goes, the part being in the page's model;
 * {@link WholePageView} sends what the template rendered around it and the part's bytes, with the
 * request's own token in each cut. A page may place several parts. Encoding a page that holds letters beyond
 * Latin-1 (any Vietnamese or Chinese text) is the costliest step of sending it, so a kept part is not
 * encoded again for each reader.
 */
public final class EncodedPart implements PartCache.Part {

    private static final AtomicLong PARTS = new AtomicLong();

    private final String place = "<!--pw-encoded-part-" + PARTS.incrementAndGet() + "-->";
    private final String title;
    private final byte[][] pieces;
    private final long bytes;

    private EncodedPart(String title, byte[][] pieces) {
        this.title = title;
        this.pieces = pieces;
        long length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        this.bytes = length;
    }

    /**
     * The part rendered with forms, encoded and cut at its token marks, with the page title that goes
     * with it ({@code null} when the page's title does not depend on the part's content).
     */
    public static EncodedPart of(String title, String html) {
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(FragmentRenderer.TOKEN_MARK); at >= 0;
             at = html.indexOf(FragmentRenderer.TOKEN_MARK, from)) {
            pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + FragmentRenderer.TOKEN_MARK.length();
        }
        pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new EncodedPart(title, pieces.toArray(byte[][]::new));
    }

    /**
     * Rendered HTML without forms cut at these marks, in this order (comments its fragment template leaves
     * where the page puts what is rendered or kept for each request), each piece encoded: one piece more
     * than there are marks. A lost mark is an error, not a page without its parts.
     */
    public static List<EncodedPart> cut(String html, String... marks) {
        List<EncodedPart> pieces = new ArrayList<>(marks.length + 1);
        int from = 0;
        for (String mark : marks) {
            int at = html.indexOf(mark, from);
            if (at < 0) {
                throw new IllegalStateException("a kept part lost its mark " + mark);
            }
            pieces.add(of(null, html.substring(from, at)));
            from = at + mark.length();
        }
        pieces.add(of(null, html.substring(from)));
        return pieces;
    }

    /**
     * These parts one after the other, as one part (bytes copied, not encoded again), with the page title
     * that goes with it; each part's token cuts stay where they were.
     */
    public static EncodedPart join(String title, List<EncodedPart> parts) {
        List<byte[]> pieces = new ArrayList<>();
        long length = 0;
        for (EncodedPart part : parts) {
            length += part.bytes;
        }
        ByteArrayOutputStream piece = new ByteArrayOutputStream((int) Math.min(length, Integer.MAX_VALUE - 8));
        for (EncodedPart part : parts) {
            for (int i = 0; i < part.pieces.length; i++) {
                if (i > 0) {
                    pieces.add(piece.toByteArray());
                    piece.reset();
                }
                piece.writeBytes(part.pieces[i]);
            }
        }
        pieces.add(piece.toByteArray());
        return new EncodedPart(title, pieces.toArray(byte[][]::new));
    }

    /** The page title that goes with the part, or null. */
    public String getTitle() {
        return title;
    }

    /** What the page's template writes where the part goes: a comment no other part writes. */
    public String getPlace() {
        return place;
    }

    @Override
    public long size() {
        return bytes + (title == null ? 0 : title.length());
    }

    /** The bytes sent for this part with this token. */
    long length(byte[] token) {
        return bytes + (long) token.length * (pieces.length - 1);
    }

    /** Writes the part with the token in each cut. */
    void writeTo(OutputStream out, byte[] token) throws IOException {
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                out.write(token);
            }
            out.write(pieces[i]);
        }
    }
}
