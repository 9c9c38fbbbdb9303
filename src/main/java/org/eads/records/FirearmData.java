package org.eads.records;

/** A firearm: stolen, lost, trafficked or recovered. */
public record FirearmData(
        String serialNumber,
        String normalizedSerial,
        String make,
        String model,
        String calibre,
        FirearmType firearmType,
        Status status,
        String summary) implements RecordData {

    public enum FirearmType { PISTOL, REVOLVER, RIFLE, SHOTGUN, SUBMACHINE_GUN, MACHINE_GUN, GRENADE_LAUNCHER, OTHER }

    public enum Status { STOLEN, LOST, TRAFFICKED, RECOVERED }

    @Override
    public RecordType type() {
        return RecordType.FIREARM;
    }

    @Override
    public String label() {
        String what = firearmType == null ? "Firearm" : firearmType.name().replace('_', ' ').toLowerCase();
        return (make == null ? "" : make + " ") + (model == null ? "" : model + " ") + what
                + (calibre == null ? "" : " " + calibre) + ", serial " + serialNumber;
    }

    @Override
    public void validate(Problems p) {
        p.require(serialNumber, "serialNumber");
        p.maxLength(serialNumber, "serialNumber", 40);
        p.require(make, "make");
        p.maxLength(make, "make", 100);
        p.maxLength(model, "model", 100);
        p.maxLength(calibre, "calibre", 40);
        p.require(firearmType, "firearmType");
        p.require(status, "status");
        p.maxLength(summary, "summary", 10_000);
    }

    @Override
    public FirearmData normalize() {
        return new FirearmData(serialNumber.strip(), DocumentNumbers.normalize(serialNumber), make, model, calibre,
                firearmType, status, summary);
    }
}
