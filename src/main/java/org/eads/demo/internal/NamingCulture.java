package org.eads.demo.internal;

/** How people of one culture are named: the order of the parts, the script, and the usual aliases. */
public interface NamingCulture {

    /** A culture's name for the person documents and for tests. */
    String id();

    GeneratedName name(Rng rng, boolean male);
}
