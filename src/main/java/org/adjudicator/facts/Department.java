package org.adjudicator.facts;

/** A department (region) and its capital's coordinates, declared in the regulation set's DRL. */
public final class Department {
    private final String name;
    private final String capital;
    private final double latitude;
    private final double longitude;

    public Department(String name, String capital, double latitude, double longitude) {
        this.name = name;
        this.capital = capital;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getName() { return name; }

    public String getCapital() { return capital; }

    public double getLatitude() { return latitude; }

    public double getLongitude() { return longitude; }

    /** Great-circle distance between two capitals, in whole kilometres (haversine, Earth radius 6,371 km). */
    public int distanceKm(Department other) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(other.latitude);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return (int) Math.round(6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }

    /** Other departments, nearest first; equal distances by name. */
    public java.util.List<Department> nearestFirst(java.util.Collection<?> others) {
        return others.stream().map(Department.class::cast)
                .sorted(java.util.Comparator.comparingInt((Department d) -> distanceKm(d)).thenComparing(Department::getName))
                .toList();
    }

    @Override
    public String toString() { return name + " (" + capital + ")"; }
}
