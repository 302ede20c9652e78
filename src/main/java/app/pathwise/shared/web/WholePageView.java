package app.pathwise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A Thymeleaf page sent as bytes in one write, with its length. The view renders the whole page into
 * memory ({@code produce-partial-output-while-processing=false}) and then hands it to the response's
 * writer, which copies it through an 8 KB character buffer and a character encoder, chunk by chunk,
 * under the security filters' writer wrappers (about a sixth of a page's time). Here the page is
 * encoded at once and written to the output stream, with a
 * {@code Content-Length}, so the response needs no chunked encoding either. A page that fails while
 * rendering has written nothing, and the error page takes its place. For each {@link EncodedPart} in
 * the model, the page sends the bytes kept for it where its template placed it, with the request's CSRF
 * token in its forms.
 */
public class WholePageView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
        PageShells.Key key = PageShells.key(getTemplateName(), model);
        if (key == null) {
            Capture capture = new Capture(response);
            super.render(model, request, capture);
            capture.send(model, request);
            return;
        }
        PageShells.Shell shell;
        try {
            shell = PageShells.shell(key, () -> renderShell(model, request, response, key.parts()));
        } catch (ShellNotRendered failure) {
            throw (Exception) failure.getCause();
        }
        send(shell, model, request, response);
    }

    /** The page rendered as usual, kept as its shell around the parts (see {@link PageShells}). */
    private PageShells.Shell renderShell(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response,
                                        List<String> parts) {
        Capture capture = new Capture(response);
        try {
            super.render(model, request, capture);
        } catch (Exception failure) {
            throw new ShellNotRendered(failure);
        }
        return PageShells.of(capture.kept.text(), model, parts, FragmentRenderer.tokenOf(request),
            response.getContentType());
    }

    /** A kept shell with the model's parts in their places and the request's token in every form. */
    private static void send(PageShells.Shell shell, Map<String, ?> model, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        if (shell.contentType() != null) {
            response.setContentType(shell.contentType());
        }
        byte[] token = FragmentRenderer.tokenOf(request).getBytes(StandardCharsets.US_ASCII);
        List<EncodedPart> pieces = new ArrayList<>(shell.texts().size() + shell.parts().size());
        long length = 0;
        for (int i = 0; i < shell.texts().size(); i++) {
            pieces.add(shell.texts().get(i));
            if (i < shell.parts().size()) {
                pieces.add((EncodedPart) model.get(shell.parts().get(i)));
            }
        }
        for (EncodedPart piece : pieces) {
            length += piece.length(token);
        }
        if (!response.isCommitted()) {
            response.setContentLengthLong(length);
        }
        OutputStream out = response.getOutputStream();
        for (EncodedPart piece : pieces) {
            piece.writeTo(out, token);
        }
    }

    /** Rendering a page for its shell failed: the cause is what rendering it as usual would have thrown. */
    private static final class ShellNotRendered extends RuntimeException {

        ShellNotRendered(Exception cause) {
            super(cause);
        }
    }

    /** The response as the view sees it: a writer that keeps what is written until {@link #send()}. */
    static final class Capture extends HttpServletResponseWrapper {

        private final Kept kept = new Kept();
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(kept, false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // the page is sent whole by send()
        }

        void send(Map<String, ?> model, HttpServletRequest request) throws IOException {
            String page = kept.text();
            if (page.isEmpty()) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            Charset charset = Charset.forName(response.getCharacterEncoding());
            List<String> parts = PageShells.partNames(model);
            if (parts.isEmpty()) {
                ByteBuffer bytes = encode(page, charset);
                if (!response.isCommitted()) {
                    response.setContentLength(bytes.remaining());
                }
                write(response.getOutputStream(), bytes);
                return;
            }
            if (!StandardCharsets.UTF_8.equals(charset)) {
                throw new IllegalStateException("a page with encoded parts is sent in UTF-8");
            }
            // the page around its parts, for this request only: its token stays where it is
            WholePageView.send(PageShells.of(page, model, parts, "", null), model, request, response);
        }

        private static void write(OutputStream out, ByteBuffer bytes) throws IOException {
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        }

        /**
         * The page in bytes. A page with any letter beyond Latin-1 (a Vietnamese or Chinese name) is held
         * as UTF-16, and {@link String#getBytes(Charset)} encodes such a string one character at a time;
         * an encoder working on a character array takes runs of plain ASCII (most of the markup) in bulk.
         */
        static ByteBuffer encode(String page, Charset charset) throws CharacterCodingException {
            return charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(page.toCharArray()));
        }
    }

    /** Characters written, kept as the one string the view writes (or joined when there are more). */
    static final class Kept extends Writer {

        private String first;
        private StringBuilder more;

        @Override
        public void write(String text, int offset, int length) {
            if (first == null && more == null && offset == 0 && length == text.length()) {
                first = text;
            } else {
                builder().append(text, offset, offset + length);
            }
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            builder().append(characters, offset, length);
        }

        @Override
        public void flush() {
            // kept until sent
        }

        @Override
        public void close() {
            // kept until sent
        }

        String text() {
            return more != null ? more.toString() : first == null ? "" : first;
        }

        private StringBuilder builder() {
            if (more == null) {
                more = new StringBuilder(first == null ? 1024 : first.length() + 1024);
                if (first != null) {
                    more.append(first);
                    first = null;
                }
            }
            return more;
        }
    }

    /** Makes Spring Boot's Thymeleaf view resolver create these views. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static BeanPostProcessor wholePageViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(WholePageView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
