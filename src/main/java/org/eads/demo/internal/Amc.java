package org.eads.demo.internal;

import java.util.List;

/**
 * What the generator knows of one ASEANAPOL member country: how its people are named, its neighbours (where foreign
 * nationals in its records mostly come from), places of birth, agencies (as in the member seed migration), banks,
 * e-wallets and common vehicles.
 */
public record Amc(
        String code,
        String alpha2,
        Weighted<NamingCulture> cultures,
        List<String> neighbours,
        List<String> places,
        List<String> agencies,
        List<Bank> banks,
        List<String> wallets,
        List<VehicleModel> vehicles) {

    public record Bank(String name, String layout) {
    }

    public record VehicleModel(String make, String model, String wmi, int firstYear, int lastYear) {
    }
}
