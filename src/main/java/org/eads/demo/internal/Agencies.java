package org.eads.demo.internal;

import java.util.List;
import java.util.Set;

import org.eads.records.RecordType;

/**
 * The agencies of each member as the member seed migration (V202611231600__member_members.sql) names them; the
 * loader finds their ids by these names. A test checks that the two agree.
 */
public final class Agencies {

    private Agencies() {
    }

    public static List<String> of(String memberCode) {
        return switch (memberCode) {
            case "BRN" -> List.of("Royal Brunei Police Force - CID");
            case "KHM" -> List.of("Cambodian National Police - Central Security Department");
            case "IDN" -> List.of("Indonesian National Police - Bareskrim", "Indonesian National Police - NCB Jakarta");
            case "LAO" -> List.of("Lao National Police - Department of Criminal Police");
            case "MYS" -> List.of("Royal Malaysia Police - CCID", "Royal Malaysia Police - Bukit Aman CID");
            case "MMR" -> List.of("Myanmar Police Force - CID");
            case "PHL" -> List.of("Philippine National Police - CIDG", "Philippine National Police - Anti-Cybercrime Group");
            case "SGP" -> List.of("Singapore Police Force - CID", "Singapore Police Force - Anti-Scam Command");
            case "THA" -> List.of("Royal Thai Police - CIB", "Royal Thai Police - Immigration Bureau");
            case "VNM" -> List.of("Ministry of Public Security - Criminal Police Department");
            case "ASP" -> List.of("ASEANAPOL Secretariat - Kuala Lumpur");
            case "AUS" -> List.of("Australian Federal Police");
            case "INTERPOL" -> List.of("INTERPOL General Secretariat - Lyon");
            default -> throw new IllegalArgumentException("the demo has no agency for member " + memberCode);
        };
    }

    /**
     * The agency that would hold a record of this type: immigration and NCB units hold travel documents, anti-scam
     * and cybercrime units hold indicators, commercial crime units hold indicators and organisations.
     */
    public static String forRecord(String memberCode, RecordType type) {
        List<String> agencies = of(memberCode);
        if (agencies.size() == 1) {
            return agencies.get(0);
        }
        String second = agencies.get(1);
        boolean useSecond = switch (type) {
            // Royal Thai Police Immigration Bureau, Bareskrim's NCB Jakarta, Bukit Aman CID
            case TRAVEL_DOCUMENT -> Set.of("THA", "IDN", "MYS").contains(memberCode);
            // Anti-Cybercrime Group, Anti-Scam Command; in Malaysia the CCID (the first) holds them
            case INDICATOR -> Set.of("PHL", "SGP").contains(memberCode);
            case ORGANISATION -> false;
            default -> memberCode.equals("MYS");
        };
        return useSecond ? second : agencies.get(0);
    }
}
