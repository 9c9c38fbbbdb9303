package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

@SpringBootTest
@AutoConfigureMockMvc
@Import(NoticeTestSupport.class)
class NoticeExpiryTest {

    @Autowired Notices notices;
    @Autowired Users users;
    @Autowired TestClock clock;

    @Test
    void aNoticeExpiresAfterItsExpiryDateAndCanNoLongerBeChangedOrFlagged() {
        EadsUser issuer = TestUsers.create(users, "BRN", Role.SUPERVISOR);
        EadsUser thai = TestUsers.create(users, "THA", Role.SUPERVISOR);
        NoticeInput tomorrow = new NoticeInput(NoticeType.INFORMATION, "Identity of a courier", "Locate and identify.",
                null, List.of(), Distribution.SELECTED, Set.of("THA"), NoticeTestSupport.today(clock).plusDays(1),
                false, false);
        Notice n = notices.submit(issuer, notices.draft(issuer, tomorrow).id());
        Notice waiting = notices.draft(TestUsers.create(users, "BRN", Role.OFFICER), tomorrow);
        NoticeFilter active = new NoticeFilter(null, NoticeFilter.State.ACTIVE);
        NoticeFilter expired = new NoticeFilter(null, NoticeFilter.State.EXPIRED);
        assertThat(notices.list(thai, active)).extracting(Notice::id).contains(n.id());

        clock.advance(Duration.ofDays(1));
        assertThat(notices.view(thai, n.id()).notice().status()).isEqualTo(NoticeStatus.ISSUED);

        clock.advance(Duration.ofDays(1));
        NoticeView view = notices.view(thai, n.id());
        assertThat(view.notice().status()).isEqualTo(NoticeStatus.EXPIRED);
        assertThat(view.may().flag()).isFalse();
        assertThat(notices.list(thai, active)).extracting(Notice::id).doesNotContain(n.id());
        assertThat(notices.list(thai, expired)).extracting(Notice::id).contains(n.id());
        assertThatThrownBy(() -> notices.flag(thai, n.id(), "too late"))
                .isInstanceOfSatisfying(NoticeStateException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> notices.change(issuer, n.id(), tomorrow))
                .isInstanceOfSatisfying(NoticeStateException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> notices.cancel(issuer, n.id(), "over"))
                .isInstanceOf(NoticeStateException.class);
        // a draft whose expiry date passed before it was issued must be given a new one first
        assertThatThrownBy(() -> notices.submit(TestUsers.create(users, "BRN", Role.SUPERVISOR), waiting.id()))
                .hasMessageContaining("expiresOn");
    }
}
