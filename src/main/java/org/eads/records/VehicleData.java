package org.eads.records;

/** A vehicle: stolen, wanted or used in crime. */
public record VehicleData(
        String vin,
        String plate,
        String plateCountry,
        String make,
        String model,
        String colour,
        Integer year,
        Status status,
        String summary) implements RecordData {

    public enum Status { STOLEN, WANTED, USED_IN_CRIME, RECOVERED }

    @Override
    public RecordType type() {
        return RecordType.VEHICLE;
    }

    @Override
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {colour, make, model}) {
            if (part != null && !part.isBlank()) {
                sb.append(sb.isEmpty() ? "" : " ").append(part);
            }
        }
        if (plate != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(plate).append(plateCountry == null ? "" : " (" + plateCountry + ")");
        }
        if (vin != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("VIN ").append(vin);
        }
        return sb.isEmpty() ? "Vehicle" : sb.toString();
    }

    @Override
    public void validate(Problems p) {
        if ((vin == null || vin.isBlank()) && (plate == null || plate.isBlank())) {
            p.add("vin", "a VIN or a plate is required");
        }
        if (vin != null && !vin.isBlank()) {
            String problem = Vins.problem(DocumentNumbers.normalize(vin));
            if (problem != null) {
                p.add("vin", problem);
            }
        }
        p.maxLength(plate, "plate", 20);
        if (plate != null && !plate.isBlank() && plateCountry == null) {
            p.add("plateCountry", "is required with a plate");
        }
        Countries.checkOne(plateCountry, "plateCountry", p);
        if (year != null && (year < 1886 || year > java.time.Year.now().getValue() + 1)) {
            p.add("year", "is not a possible model year");
        }
        p.require(status, "status");
        p.maxLength(summary, "summary", 10_000);
    }

    @Override
    public VehicleData normalize() {
        return new VehicleData(vin == null || vin.isBlank() ? null : DocumentNumbers.normalize(vin),
                plate == null || plate.isBlank() ? null : DocumentNumbers.normalize(plate), plateCountry, make, model,
                colour, year, status, summary);
    }
}
