package org.eads.stats;

import java.util.List;

/**
 * What a member scores itself on, per crime area, in the capability self-assessment: each on the 0-4 scale, whose
 * levels are worded for the dimension (0 none ... 4 fully in place) so that two members mean the same by a 2.
 */
public enum CapabilityDimension {

    LEGISLATION("Legislation", "Does national law make this crime an offence, with the powers to investigate it?", List.of(
            "No offence in national law covers this crime.",
            "Covered only in part, through general offences (for example fraud law used against online scams); "
                    + "a specific law is being drafted.",
            "A specific law is in force but falls short of the international instruments (UNTOC and its protocols, "
                    + "the drug conventions, CITES, the terrorism conventions) or lacks penalties or powers.",
            "A specific law in line with the international instruments is in force; minor gaps remain in "
                    + "investigative powers or cross-border provisions.",
            "A comprehensive law in line with the international instruments is in force, with the investigative "
                    + "powers (interception, financial investigation, electronic evidence) and mutual legal "
                    + "assistance provisions needed, reviewed in the last five years.")),

    SPECIALISED_UNIT("Specialised unit", "Is there a police unit dedicated to this crime?", List.of(
            "No unit or officer is assigned to this crime: cases go to general investigators.",
            "Designated officers handle it beside other duties; there is no dedicated unit.",
            "A dedicated unit exists at national headquarters only, or is too small for its caseload.",
            "A dedicated national unit with its own staff and budget, and contact points in the main regions or "
                    + "border areas.",
            "A dedicated unit at national and regional level, staffed for its caseload, with a clear mandate, "
                    + "standard operating procedures and a round-the-clock contact point.")),

    TRAINED_STAFF("Trained staff", "Are the officers who handle this crime trained for it?", List.of(
            "No officer has specialised training for this crime.",
            "A few officers attended awareness courses; there are no trained investigators.",
            "Some investigators are trained, but fewer than the caseload needs, or their training is out of date.",
            "Most investigators assigned to this crime completed specialised training; a national course exists.",
            "All assigned investigators are trained and refreshed regularly; the member has its own trainers and the "
                    + "training is part of the career path.")),

    FORENSIC_CAPACITY("Forensic capacity", "Is the forensic and technical support this crime needs available "
            + "(digital forensics, drug analysis, ballistics, species identification, financial analysis)?", List.of(
            "No forensic or technical support is available for this crime.",
            "Only through foreign or private laboratories, case by case.",
            "A national laboratory covers some needs, with long delays or without accreditation.",
            "An accredited national laboratory covers most needs within the usual time of an investigation.",
            "Accredited laboratories cover every need in time, including the specialised techniques (mobile device "
                    + "extraction, species DNA, firearm tracing), and can assist other members.")),

    DATA_AVAILABILITY("Data availability", "Can the member count this crime as e-ADS asks (its indicators and their "
            + "breakdowns)?", List.of(
            "No figures are recorded for this crime.",
            "Figures exist in case files only: counting them means going through the files.",
            "Counts of cases exist, but not by the indicators and breakdowns e-ADS asks for, or not for the whole "
                    + "country.",
            "A national system records cases and most indicators nationwide; some breakdowns are missing.",
            "A national system records every indicator with its breakdowns nationwide, with quality checks, and the "
                    + "member reports on time.")),

    INTERNATIONAL_COOPERATION("International cooperation", "Does the member work with other countries on this "
            + "crime?", List.of(
            "No channel is used for this crime beyond occasional contacts.",
            "Only through INTERPOL or ASEANAPOL channels, slowly and case by case.",
            "Contact points are designated, but requests (mutual legal assistance, extradition, information "
                    + "exchange) take months or often fail.",
            "Regular cooperation with neighbouring members through contact points and agreements; requests are "
                    + "usually answered within weeks.",
            "Joint investigations or operations with other members, information exchanged within days, and liaison "
                    + "officers or joint teams."));

    /** The name of each level of the scale, the same for every dimension. */
    public static final List<String> LEVEL_NAMES = List.of("None", "Initial", "Partial", "Largely in place",
            "Fully in place");

    public static final int MAX_SCORE = 4;

    private final String label;
    private final String question;
    private final List<String> levels;

    CapabilityDimension(String label, String question, List<String> levels) {
        this.label = label;
        this.question = question;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    /** What the dimension asks, as the form shows it. */
    public String question() {
        return question;
    }

    /** What each score 0-4 means for this dimension. */
    public List<String> levels() {
        return levels;
    }

    /** What a score means for this dimension, such as "2 Partial: a dedicated unit exists at headquarters only". */
    public String level(int score) {
        return score + " " + LEVEL_NAMES.get(score) + ": " + levels.get(score);
    }
}
