package app.pathwise.notification;

import app.pathwise.shared.PageView;

/** One page of a reader's inbox and how many of all their notices are unread. */
public record InboxPage(PageView<NoticeView> notices, long unread) {

    public static InboxPage empty(int size) {
        return new InboxPage(new PageView<>(java.util.List.of(), 0, size, 0), 0);
    }
}
