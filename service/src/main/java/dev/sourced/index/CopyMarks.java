package dev.sourced.index;

import java.util.Arrays;
import java.util.Objects;

/**
 * What an article document keeps for copy detection, opaque to the index: the fingerprint ingestion computed (empty:
 * none), and for an exact copy stored without chunks of its own, the id of the indexed article it copies
 * ({@code null} otherwise).
 */
public record CopyMarks(byte[] fingerprint, String copyOf) {
    public static final CopyMarks NONE = new CopyMarks(new byte[0], null);

    public CopyMarks {
        fingerprint = fingerprint.clone();
    }

    @Override
    public byte[] fingerprint() {
        return fingerprint.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CopyMarks c
                && Arrays.equals(fingerprint, c.fingerprint)
                && Objects.equals(copyOf, c.copyOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fingerprint) * 31 + Objects.hashCode(copyOf);
    }

    @Override
    public String toString() {
        return "CopyMarks[" + fingerprint.length + " bytes, copyOf=" + copyOf + "]";
    }
}
