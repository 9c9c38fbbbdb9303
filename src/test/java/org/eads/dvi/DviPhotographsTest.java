package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.commons.codec.digest.DigestUtils;
import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Photographs of bodies and missing persons: kept as sent, previewed, seen only by the operation, and audited. */
@SpringBootTest
@AutoConfigureMockMvc
class DviPhotographsTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void aPhotographIsKeptAsSentWithAPreviewAndOnlyTheOperationSeesIt() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser malaysian = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser vietnamese = TestUsers.create(users, "VNM", Role.OFFICER);
        Operation o = operations.open(thai, new Operation.Input("Landslide " + System.nanoTime(), "Phang Nga",
                LocalDate.of(2026, 10, 2), null, null, null, null, 12, Set.of("MYS")));
        DviFile body = files.create(thai, o.id(), DviFile.Kind.PM, DviFixtures.body("PM-7"));
        byte[] png = image(1600, 1200, "png");

        String location = mvc.perform(multipart("/api/v1/dvi/pm-files/" + body.id() + "/photographs")
                        .file(new MockMultipartFile("photograph", "tattoo.png", "image/png", png))
                        .param("caption", "Tattoo of a dragon, left forearm").with(TestUsers.as(thai)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.width").value(1600)).andExpect(jsonPath("$.height").value(1200))
                .andExpect(jsonPath("$.sha256").value(DigestUtils.sha256Hex(png)))
                .andReturn().getResponse().getHeader("Location");

        byte[] original = mvc.perform(get(location).with(TestUsers.as(malaysian)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(original).isEqualTo(png);
        byte[] preview = mvc.perform(get(location).param("preview", "true").with(TestUsers.as(thai)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(preview));
        assertThat(small.getWidth()).isEqualTo(400);
        assertThat(small.getHeight()).isEqualTo(300);

        mvc.perform(get(location).with(TestUsers.as(vietnamese))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dvi/pm-files/" + body.id() + "/photographs").with(TestUsers.as(vietnamese)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/dvi/pm-files/" + body.id() + "/photographs")
                        .file(new MockMultipartFile("photograph", "x.png", "image/png", png))
                        .param("caption", "face").with(TestUsers.as(vietnamese)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dvi/pm-files/" + body.id() + "/photographs").with(TestUsers.as(malaysian)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].caption").value("Tattoo of a dragon, left forearm"));

        String page = mvc.perform(get("/dvi/pm-files/" + body.id()).with(TestUsers.as(thai)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tattoo of a dragon, left forearm").contains("/preview");

        audit.flush();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'DVI_VIEW' and object_id = :id
                   and details like '%photograph %'""").param("id", body.id().toString())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'DVI_CHANGE' and object_id = :id
                   and details like 'photograph % added: Tattoo%'""").param("id", body.id().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whatIsNotAWholeJpegOrPngIsRefusedWithTheReason() throws Exception {
        EadsUser thai = TestUsers.create(users, "THA", Role.OFFICER);
        Operation o = operations.open(thai, new Operation.Input("Fire " + System.nanoTime(), "Bangkok",
                LocalDate.of(2026, 10, 3), null, null, null, null, 5, Set.of()));
        DviFile missing = files.create(thai, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-3", "Somchai", "THA"));
        String address = "/api/v1/dvi/am-files/" + missing.id() + "/photographs";

        mvc.perform(multipart(address).file(new MockMultipartFile("photograph", "notes.txt", "image/jpeg",
                        "not an image".getBytes())).param("caption", "face").with(TestUsers.as(thai)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("not a JPEG or PNG")));
        byte[] gif = image(20, 20, "gif");
        mvc.perform(multipart(address).file(new MockMultipartFile("photograph", "a.gif", "image/gif", gif))
                        .param("caption", "face").with(TestUsers.as(thai)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("gif image; send a JPEG or PNG")));
        byte[] jpeg = image(300, 200, "jpeg");
        byte[] cut = java.util.Arrays.copyOf(jpeg, 200);
        mvc.perform(multipart(address).file(new MockMultipartFile("photograph", "cut.jpg", "image/jpeg", cut))
                        .param("caption", "face").with(TestUsers.as(thai)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("damaged or cut short")));
        mvc.perform(multipart(address).file(new MockMultipartFile("photograph", "face.jpg", "image/jpeg", jpeg))
                        .with(TestUsers.as(thai)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("caption")));
        mvc.perform(multipart(address).param("caption", "face").with(TestUsers.as(thai)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("empty")));

        mvc.perform(multipart("/dvi/am-files/" + missing.id() + "/photographs")
                        .file(new MockMultipartFile("photograph", "face.jpg", "image/jpeg", jpeg))
                        .param("caption", "Face, taken 2025").with(TestUsers.as(thai)).with(
                                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Photograph added."));
        assertThat(jdbc.sql("select count(*) from dvi_photograph where file_id = :f").param("f", missing.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    private static byte[] image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
