package org.eads.scam.internal.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eads.scam.IndicatorKind;
import org.eads.scam.ScamChannel;
import org.eads.scam.ScamReportInput;

/**
 * The report form as the page posts it: flat fields and rows of indicators and payments, blank rows ignored. Times of
 * payments are entered in UTC.
 */
public class ReportForm {

    /** Rows the form offers for indicators and payments. */
    static final int INDICATOR_ROWS = 6;
    static final int PAYMENT_ROWS = 3;

    private String caseReference;
    private LocalDate reportDate;
    private String victimKind = "PERSON";
    private String victimName;
    private String victimContact;
    private boolean victimIdentityShared;
    private String victimNationality;
    private String victimAgeBand;
    private String victimSex;
    private String scamType;
    private ScamChannel channel;
    private LocalDate firstContact;
    private BigDecimal lossAmount;
    private String lossCurrency;
    private String summary;
    private String sharingLevel = "MEMBERS";
    private String indicatorSharing = "MEMBERS";
    private List<IndicatorRow> indicators = new ArrayList<>();
    private List<PaymentRow> payments = new ArrayList<>();

    /** One indicator row. */
    public static class IndicatorRow {
        private IndicatorKind kind;
        private String value;
        private String country;

        public IndicatorKind getKind() { return kind; }
        public void setKind(IndicatorKind kind) { this.kind = kind; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }

        boolean blank() {
            return value == null || value.isBlank();
        }
    }

    /** One payment row. */
    public static class PaymentRow {
        private IndicatorKind kind = IndicatorKind.BANK_ACCOUNT;
        private String to;
        private LocalDateTime paidAt;
        private BigDecimal amount;
        private String currency;

        public IndicatorKind getKind() { return kind; }
        public void setKind(IndicatorKind kind) { this.kind = kind; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
        public LocalDateTime getPaidAt() { return paidAt; }
        public void setPaidAt(LocalDateTime paidAt) { this.paidAt = paidAt; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }

        boolean blank() {
            return (to == null || to.isBlank()) && amount == null;
        }
    }

    /** Fills the rows up to what the form shows. */
    ReportForm withRows() {
        while (indicators.size() < INDICATOR_ROWS) {
            indicators.add(new IndicatorRow());
        }
        while (payments.size() < PAYMENT_ROWS) {
            payments.add(new PaymentRow());
        }
        return this;
    }

    /** The form's row number (from 1) of the n-th filled indicator row, to name it in an error. */
    int indicatorRow(int filled) {
        return filledRow(indicators.stream().map(IndicatorRow::blank).toList(), filled);
    }

    /** The form's row number (from 1) of the n-th filled payment row. */
    int paymentRow(int filled) {
        return filledRow(payments.stream().map(PaymentRow::blank).toList(), filled);
    }

    private static int filledRow(List<Boolean> blank, int filled) {
        int seen = -1;
        for (int i = 0; i < blank.size(); i++) {
            if (!blank.get(i) && ++seen == filled) {
                return i + 1;
            }
        }
        return filled + 1;
    }

    ScamReportInput input() {
        List<ScamReportInput.Indicator> used = indicators.stream().filter(r -> !r.blank())
                .map(r -> new ScamReportInput.Indicator(r.kind, r.value, r.country, null)).toList();
        List<ScamReportInput.Payment> paid = payments.stream().filter(r -> !r.blank())
                .map(r -> new ScamReportInput.Payment(r.kind, r.to, null,
                        r.paidAt == null ? null : r.paidAt.atOffset(ZoneOffset.UTC), r.amount, r.currency)).toList();
        return new ScamReportInput(caseReference, reportDate, new ScamReportInput.Victim(victimKind, victimName,
                victimContact, victimIdentityShared, victimNationality, victimAgeBand, victimSex), scamType, channel,
                firstContact, lossAmount, lossCurrency, summary, sharingLevel, null, indicatorSharing, used, paid);
    }

    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { caseReference = v; }
    public LocalDate getReportDate() { return reportDate; }
    public void setReportDate(LocalDate v) { reportDate = v; }
    public String getVictimKind() { return victimKind; }
    public void setVictimKind(String v) { victimKind = v; }
    public String getVictimName() { return victimName; }
    public void setVictimName(String v) { victimName = v; }
    public String getVictimContact() { return victimContact; }
    public void setVictimContact(String v) { victimContact = v; }
    public boolean isVictimIdentityShared() { return victimIdentityShared; }
    public void setVictimIdentityShared(boolean v) { victimIdentityShared = v; }
    public String getVictimNationality() { return victimNationality; }
    public void setVictimNationality(String v) { victimNationality = v; }
    public String getVictimAgeBand() { return victimAgeBand; }
    public void setVictimAgeBand(String v) { victimAgeBand = v; }
    public String getVictimSex() { return victimSex; }
    public void setVictimSex(String v) { victimSex = v; }
    public String getScamType() { return scamType; }
    public void setScamType(String v) { scamType = v; }
    public ScamChannel getChannel() { return channel; }
    public void setChannel(ScamChannel v) { channel = v; }
    public LocalDate getFirstContact() { return firstContact; }
    public void setFirstContact(LocalDate v) { firstContact = v; }
    public BigDecimal getLossAmount() { return lossAmount; }
    public void setLossAmount(BigDecimal v) { lossAmount = v; }
    public String getLossCurrency() { return lossCurrency; }
    public void setLossCurrency(String v) { lossCurrency = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getSharingLevel() { return sharingLevel; }
    public void setSharingLevel(String v) { sharingLevel = v; }
    public String getIndicatorSharing() { return indicatorSharing; }
    public void setIndicatorSharing(String v) { indicatorSharing = v; }
    public List<IndicatorRow> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorRow> v) { indicators = v; }
    public List<PaymentRow> getPayments() { return payments; }
    public void setPayments(List<PaymentRow> v) { payments = v; }
}
