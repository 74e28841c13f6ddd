package dev.hybridstore.cli.chaos;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Redis's {@code CLUSTER NODES} answer, read for the one question the campaign asks: which live master serves a slot. */
record ClusterNodes(List<Node> nodes) {

    /** One line: its port, whether it is a master that is not failing, and the slot ranges it serves. */
    record Node(int port, boolean liveMaster, List<int[]> slots) {

        boolean serves(int slot) {
            return slots.stream().anyMatch(r -> r[0] <= slot && slot <= r[1]);
        }
    }

    static ClusterNodes parse(String text) {
        return new ClusterNodes(text.lines().filter(l -> !l.isBlank()).map(ClusterNodes::node).toList());
    }

    /** The port of the live master serving {@code slot}, if one does. */
    Optional<Integer> masterOf(int slot) {
        return nodes.stream().filter(n -> n.liveMaster() && n.serves(slot)).map(Node::port).findFirst();
    }

    // <id> <ip:port@cport> <flags> <master> <ping-sent> <pong-recv> <config-epoch> <link-state> <slot> <slot> ...
    private static Node node(String line) {
        String[] f = line.trim().split(" ");
        String address = f[1].split("@")[0];
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        List<String> flags = Arrays.asList(f[2].split(","));
        boolean liveMaster = flags.contains("master") && !flags.contains("fail") && !flags.contains("fail?");
        // Slots being migrated or imported ("[5461->-id]") are not served yet.
        List<int[]> slots = Arrays.stream(f, Math.min(8, f.length), f.length).filter(s -> !s.startsWith("[")).map(s -> {
            String[] ends = s.split("-");
            return new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1])};
        }).toList();
        return new Node(port, liveMaster, slots);
    }
}
