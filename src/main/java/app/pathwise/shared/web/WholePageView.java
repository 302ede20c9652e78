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
 * rendering has written nothing, and the error page takes its place. A page whose model holds an
 * {@link EncodedPart} as {@code part} sends the bytes kept for it where the layout placed it, with the
 * request's CSRF token in its forms.
 */
public class WholePageView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
        Capture capture = new Capture(response);
        super.render(model, request, capture);
        Object part = model == null ? null : model.get("part");
        capture.send(part instanceof EncodedPart encoded ? encoded : null, request);
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

        void send(EncodedPart part, HttpServletRequest request) throws IOException {
            String page = kept.text();
            if (page.isEmpty()) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            Charset charset = Charset.forName(response.getCharacterEncoding());
            if (part == null) {
                ByteBuffer bytes = encode(page, charset);
                if (!response.isCommitted()) {
                    response.setContentLength(bytes.remaining());
                }
                write(response.getOutputStream(), bytes);
                return;
            }
            int place = page.indexOf(EncodedPart.PLACE);
            if (place < 0 || !StandardCharsets.UTF_8.equals(charset)) {
                throw new IllegalStateException("a page with an encoded part places it, and is sent in UTF-8");
            }
            ByteBuffer head = encode(page.substring(0, place), charset);
            ByteBuffer tail = encode(page.substring(place + EncodedPart.PLACE.length()), charset);
            byte[] token = FragmentRenderer.tokenOf(request).getBytes(StandardCharsets.US_ASCII);
            if (!response.isCommitted()) {
                response.setContentLengthLong(head.remaining() + part.length(token) + tail.remaining());
            }
            OutputStream out = response.getOutputStream();
            write(out, head);
            part.writeTo(out, token);
            write(out, tail);
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
