package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.eads.demo.internal.CryptoWallets;
import org.eads.demo.internal.Documents;
import org.eads.demo.internal.Plates;
import org.eads.demo.internal.Rng;
import org.eads.records.Identifiers;
import org.junit.jupiter.api.Test;

/** The country formats and check characters of generated numbers. */
class DemoNumbersTest {

    private final Rng rng = new Rng(5);

    @Test
    void singaporePlatesCarryTheirCheckLetter() {
        // Plates seen on the road: SGF 2306 R, SJK 6655 U, SBS 9683 X.
        assertThat(checkLetterOf("SGF2306")).isEqualTo('R');
        assertThat(checkLetterOf("SJK6655")).isEqualTo('U');
        assertThat(checkLetterOf("SBS9683")).isEqualTo('X');
        for (int i = 0; i < 1000; i++) {
            String plate = Plates.plate("SGP", rng);
            assertThat(plate).matches("S[A-Z]{2} \\d{1,4} [A-Z]");
            String[] parts = plate.split(" ");
            assertThat(plate.charAt(plate.length() - 1))
                    .isEqualTo(checkLetterOf(parts[0] + "0".repeat(4 - parts[1].length()) + parts[1]));
        }
    }

    /** The check letter of a plate SXX9999: weights 9 4 5 4 3 2 on the two letters and four digits, modulo 19. */
    private static char checkLetterOf(String plate) {
        int[] w = {9, 4, 5, 4, 3, 2};
        int sum = (plate.charAt(1) - 'A' + 1) * w[0] + (plate.charAt(2) - 'A' + 1) * w[1];
        for (int i = 0; i < 4; i++) {
            sum += (plate.charAt(3 + i) - '0') * w[2 + i];
        }
        return "AZYXUTSRPMLKJHGEDCB".charAt(sum % 19);
    }

    @Test
    void platesFollowEachCountrysFormat() {
        for (int i = 0; i < 200; i++) {
            assertThat(Plates.plate("MYS", rng)).matches("[A-Z]{3} [1-9]\\d{0,3}");
            assertThat(Plates.plate("THA", rng)).matches("[1-9]?[\\u0E01-\\u0E2E]{2} \\d{1,4}");
            assertThat(Plates.plate("IDN", rng)).matches("[A-Z]{1,2} [1-9]\\d{0,3} [A-Z]{1,3}");
            assertThat(Plates.plate("VNM", rng)).matches("\\d{2}[A-Z]-\\d{3}\\.\\d{2}");
            assertThat(Plates.plate("PHL", rng)).matches("[A-Z]{3} \\d{4}|\\d{3} [A-Z]{3}");
            assertThat(Plates.plate("LAO", rng)).matches("[\\u0E81-\\u0EAE]{2} \\d{4}");
        }
    }

    @Test
    void passportNumbersFollowEachCountrysFormat() {
        for (int i = 0; i < 200; i++) {
            assertThat(Documents.passport("MYS", rng)).matches("[AHK]\\d{8}");
            assertThat(Documents.passport("THA", rng)).matches("[A-Z]{2}\\d{7}");
            assertThat(Documents.passport("SGP", rng)).matches("[EK]\\d{7}[A-Z]");
            assertThat(Documents.passport("PHL", rng)).matches("P\\d{7}[A-Z]");
            assertThat(Documents.passport("MMR", rng)).matches("M[A-E]\\d{6}");
        }
    }

    @Test
    void identityCardsEncodeBirthAndCarryCheckCharacters() {
        LocalDate born = LocalDate.of(1984, 3, 12);
        assertThat(Documents.identityCard("MYS", rng, born, true)).matches("840312-\\d{2}-\\d{3}[13579]");
        assertThat(Documents.identityCard("MYS", rng, born, false)).matches("840312-\\d{2}-\\d{3}[02468]");
        assertThat(Documents.identityCard("IDN", rng, born, false)).matches("\\d{6}520384\\d{4}");
        assertThat(Documents.identityCard("VNM", rng, born, true)).matches("\\d{3}084\\d{6}");
        for (int i = 0; i < 500; i++) {
            String nric = Documents.identityCard("SGP", rng, born, true);
            assertThat(nric).matches("S84\\d{5}[A-Z]");
            assertThat(nric.charAt(8)).isEqualTo(nricLetter(nric));
            String thai = Documents.identityCard("THA", rng, born, true).replace("-", "");
            assertThat(thai).hasSize(13);
            assertThat(thai.charAt(12) - '0').isEqualTo(thaiCheckDigit(thai));
        }
        // The published example S1234567D.
        assertThat(nricLetter("S1234567D")).isEqualTo('D');
        String t = Documents.identityCard("SGP", rng, LocalDate.of(2003, 1, 1), false);
        assertThat(t).startsWith("T03");
    }

    private static char nricLetter(String nric) {
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        int sum = nric.charAt(0) == 'T' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (nric.charAt(1 + i) - '0') * w[i];
        }
        return "JZIHGFEDCBA".charAt(sum % 11);
    }

    private static int thaiCheckDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (id.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10;
    }

    @Test
    void cryptoWalletsPassTheirChecksums() {
        CryptoWallets wallets = new CryptoWallets();
        for (int i = 0; i < 300; i++) {
            String tron = wallets.tron(rng);
            assertThat(tron).startsWith("T").hasSize(34);
            assertThat(Identifiers.cryptoWallet(tron).problem()).isNull();
            String bitcoin = wallets.bitcoin(rng);
            assertThat(bitcoin).startsWith("1");
            assertThat(Identifiers.cryptoWallet(bitcoin).problem()).isNull();
            assertThat(Identifiers.cryptoWallet(wallets.ethereum(rng)).problem()).isNull();
        }
        String tron = wallets.tron(rng);
        char wrong = tron.charAt(10) == 'a' ? 'b' : 'a';
        assertThat(Identifiers.cryptoWallet(tron.substring(0, 10) + wrong + tron.substring(11)).problem()).isNotNull();
    }
}
