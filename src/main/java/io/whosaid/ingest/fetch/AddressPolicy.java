package io.whosaid.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses the service may fetch from. By default only public unicast ones: a page fetched on a client's
 * behalf must not reach the service's own machine (loopback), its network (private, link-local, unique-local,
 * carrier-grade NAT) or the cloud's metadata endpoint (169.254.169.254, link-local), whatever name points there.
 * IPv6 forms that carry an IPv4 address (NAT64, 6to4, IPv4-compatible) are judged by the IPv4 address they carry.
 */
public record AddressPolicy(boolean allowPrivateNetworks) {

    /** Why {@code address} may not be fetched from, or null when it may. */
    public String refusal(InetAddress address) {
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified (0.0.0.0 or ::)";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) {
                return refusal(embedded);
            }
        }
        String kind = privateKind(address, b);
        if (kind != null && !allowPrivateNetworks) {
            return kind;
        }
        if (address instanceof Inet4Address && ((b[0] & 0xF0) == 0xF0 || (b[0] & 0xFF) == 0)) {
            return "reserved";
        }
        return null;
    }

    private static String privateKind(InetAddress address, byte[] b) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 100 && second >= 64 && second < 128) {
                return "shared address space (carrier-grade NAT)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
                return "IETF protocol assignments";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking network";
            }
        } else if ((b[0] & 0xFE) == 0xFC) {
            return "unique local (IPv6 private)";
        }
        return null;
    }

    /** The IPv4 address inside a NAT64 (64:ff9b::/96), 6to4 (2002::/16) or IPv4-compatible (::/96) address, or null. */
    private static InetAddress embeddedIpv4(byte[] b) {
        try {
            boolean nat64 =
                    b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12);
            boolean compatible = allZero(b, 0, 12) && b[12] != 0;
            if (nat64 || compatible) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
