package org.claimtrace.aggregate;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.resolve.NameKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups document entities that name the same real-world entity, by type and normalized name:
 * <ul>
 *   <li>organizations and locations join when any of their names or aliases normalize alike
 *       ("ECB" as an alias of "European Central Bank" joins a document whose entity is "ECB");</li>
 *   <li>persons join on the parts of a name of two or more parts, honorifics and Arabic particles dropped
 *       ("President Ahmed al-Sharaa" = "Ahmed al-Sharaa");</li>
 *   <li>a person known by one name only ("al-Sharaa") joins the one person whose last name part it is, and stays
 *       apart when several persons of the batch share that surname.</li>
 * </ul>
 * Entities of different types never join.
 */
public final class EntityMerger {
    private final List<Entity> nodes = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();

    /** Adds an entity; returns its node number. */
    public int add(Entity e) {
        nodes.add(e);
        parent.add(parent.size());
        return nodes.size() - 1;
    }

    /** The groups, as lists of node numbers in order of addition; every node belongs to exactly one. */
    public List<List<Integer>> groups() {
        Map<String, Integer> byKey = new HashMap<>();
        List<Integer> singles = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Entity e = nodes.get(i);
            if (e.type() == EntityType.PERSON) {
                if (NameKey.personParts(e.name()).size() < 2) {
                    singles.add(i);
                }
                for (String name : names(e)) {
                    List<String> parts = NameKey.personParts(name);
                    if (parts.size() >= 2) {
                        join(byKey, "PERSON|" + String.join(" ", parts), i);
                    }
                }
            } else {
                for (String name : names(e)) {
                    join(byKey, e.type() + "|" + NameKey.of(name), i);
                }
            }
        }
        for (int i : singles) {
            List<String> parts = NameKey.personParts(nodes.get(i).name());
            if (parts.isEmpty()) {
                continue;
            }
            String surname = parts.get(0);
            Set<Integer> roots = new HashSet<>();
            for (int j = 0; j < nodes.size(); j++) {
                List<String> p = NameKey.personParts(nodes.get(j).name());
                if (nodes.get(j).type() == EntityType.PERSON && p.size() >= 2 && p.get(p.size() - 1).equals(surname)) {
                    roots.add(find(j));
                }
            }
            if (roots.size() == 1) {
                union(i, roots.iterator().next());
            } else if (roots.isEmpty()) {
                join(byKey, "PERSON|" + surname, i);
            }
        }
        Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        if (e.aliases() != null) {
            names.addAll(e.aliases());
        }
        return names;
    }

    private void join(Map<String, Integer> byKey, String key, int node) {
        Integer other = byKey.putIfAbsent(key, node);
        if (other != null) {
            union(other, node);
        }
    }

    private int find(int i) {
        while (parent.get(i) != i) {
            parent.set(i, parent.get(parent.get(i)));
            i = parent.get(i);
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent.set(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
